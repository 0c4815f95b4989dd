// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A broker address as MQTT.js accepts it ({@code mqtt://host:1883}, {@code mqtts://}, {@code tcp://},
 * {@code ssl://}, {@code ws://host/mqtt}, {@code wss://}), and the form Paho wants.
 */
public record BrokerUrl(String scheme, String host, int port, String path) {

    public static BrokerUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            String why = e.getReason().contains("authority") ? "no host" : e.getReason();
            throw new IllegalArgumentException("Invalid MQTT broker URL '" + url + "': " + why);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "mqtt", "tcp" -> 1883;
            case "mqtts", "ssl", "tls" -> 8883;
            case "ws" -> 80;
            case "wss" -> 443;
            default -> throw new IllegalArgumentException("Invalid MQTT broker URL '" + url + "': unsupported protocol '"
                    + scheme + ":' (use mqtt://, mqtts://, tcp://, ssl://, ws:// or wss://)");
        };
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("Invalid MQTT broker URL '" + url + "': no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/mqtt" : uri.getRawPath();
        return new BrokerUrl(normalize(scheme), host, uri.getPort() < 0 ? defaultPort : uri.getPort(), path);
    }

    private static String normalize(String scheme) {
        return switch (scheme) {
            case "tcp" -> "mqtt";
            case "ssl", "tls" -> "mqtts";
            default -> scheme;
        };
    }

    public boolean isTls() {
        return scheme.equals("mqtts") || scheme.equals("wss");
    }

    public boolean isWebSocket() {
        return scheme.startsWith("ws");
    }

    /** {@code host:port} as the {@code --allow-net} permission names it. */
    public String hostPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The URI Paho's network modules understand (tcp://, ssl://, ws://, wss://). */
    public String pahoUri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return switch (scheme) {
            case "mqtt" -> "tcp://" + h + ":" + port;
            case "mqtts" -> "ssl://" + h + ":" + port;
            default -> scheme + "://" + h + ":" + port + path;
        };
    }

    @Override
    public String toString() {
        return scheme + "://" + hostPort() + (isWebSocket() ? path : "");
    }
}
