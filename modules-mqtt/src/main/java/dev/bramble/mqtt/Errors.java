// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns Paho's exceptions (two families, one per protocol) into {@link MqttClientException}s with Node's codes. */
final class Errors {

    /** MQTT.js's words for CONNACK return codes (3.1.1) and reason codes (5). */
    private static final Map<Integer, String> CONNACK = Map.ofEntries(
            Map.entry(1, "Unacceptable protocol version"), Map.entry(2, "Identifier rejected"),
            Map.entry(3, "Server unavailable"), Map.entry(4, "Bad username or password"), Map.entry(5, "Not authorized"),
            Map.entry(128, "Unspecified error"), Map.entry(129, "Malformed Packet"), Map.entry(130, "Protocol Error"),
            Map.entry(131, "Implementation specific error"), Map.entry(132, "Unsupported Protocol Version"),
            Map.entry(133, "Client Identifier not valid"), Map.entry(134, "Bad User Name or Password"),
            Map.entry(135, "Not authorized"), Map.entry(136, "Server unavailable"), Map.entry(137, "Server busy"),
            Map.entry(138, "Banned"), Map.entry(140, "Bad authentication method"), Map.entry(144, "Topic Name invalid"),
            Map.entry(149, "Packet too large"), Map.entry(151, "Quota exceeded"), Map.entry(153, "Payload format invalid"),
            Map.entry(154, "Retain not supported"), Map.entry(155, "QoS not supported"), Map.entry(156, "Use another server"),
            Map.entry(157, "Server moved"), Map.entry(159, "Connection rate exceeded"));

    private Errors() {
    }

    static int reasonCode(Throwable e) {
        if (e instanceof org.eclipse.paho.client.mqttv3.MqttException m) {
            return m.getReasonCode();
        }
        if (e instanceof org.eclipse.paho.mqttv5.common.MqttException m) {
            return m.getReasonCode();
        }
        return -1;
    }

    /** A failed connection attempt: the broker's refusal, a TLS problem, or a network error. */
    static MqttClientException connect(Throwable e, int protocolVersion) {
        int rc = reasonCode(e);
        boolean refused = protocolVersion == 5 ? rc >= 128 && rc <= 255 : rc >= 1 && rc <= 5;
        if (refused) {
            return new MqttClientException("ERR_MQTT_CONNACK", rc, "Connection refused: " + CONNACK.getOrDefault(rc, "code " + rc), e);
        }
        return of(e);
    }

    /** True for failures MQTT.js reports with an 'error' event; plain network errors only close and reconnect. */
    static boolean worthAnErrorEvent(MqttClientException e) {
        return !switch (e.code()) {
            case "ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "EADDRINUSE" -> true;
            default -> false;
        };
    }

    static MqttClientException of(Throwable e) {
        if (e instanceof MqttClientException m) {
            return m;
        }
        String message = describe(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String code = codeOf(t);
            if (code != null) {
                return new MqttClientException(code, reasonCode(e), message, e);
            }
        }
        int rc = reasonCode(e);
        String code = switch (rc) {
            case 32000 -> "ETIMEDOUT";
            case 32109, 32102, 32101, 32104, 32111 -> "ECONNRESET";
            case 32202 -> "ERR_MQTT_MAX_INFLIGHT";
            default -> e instanceof IllegalArgumentException ? "ERR_INVALID_ARG_VALUE" : "ERR_MQTT";
        };
        return new MqttClientException(code, rc, message, e);
    }

    private static String codeOf(Throwable t) {
        if (t instanceof ConnectException) {
            return "ECONNREFUSED";
        }
        if (t instanceof UnknownHostException) {
            return "ENOTFOUND";
        }
        if (t instanceof NoRouteToHostException) {
            return "EHOSTUNREACH";
        }
        if (t instanceof SocketTimeoutException) {
            return "ETIMEDOUT";
        }
        if (t instanceof CertificateException c) {
            String m = String.valueOf(c.getMessage());
            return m.contains("subject alternative") || m.contains("No name matching") ? "ERR_TLS_CERT_ALTNAME_INVALID"
                    : "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
        }
        if (t instanceof java.security.cert.CertPathValidatorException
                || (t instanceof SSLHandshakeException && String.valueOf(t.getMessage()).contains("PKIX"))) {
            return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
        }
        if (t instanceof SSLException && t.getCause() == null) {
            return "EPROTO";
        }
        if (t instanceof EOFException || (t instanceof SocketException && !(t instanceof SSLException))) {
            return "ECONNRESET";
        }
        return null;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }
}
