// SPDX-License-Identifier: Apache-2.0
package dev.bramble.mqtt;

import dev.bramble.runtime.spi.Host;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.graalvm.polyglot.Value;

/**
 * MQTT 5 properties between MQTT.js's shape ({@code {contentType, userProperties: {k: v | [v]}, ...}})
 * and Paho's {@link MqttProperties}. Towards JS they travel as a flat array {@code [name, value, ...]}
 * (the context exposes arrays but not maps), which the JS glue folds back into an object.
 */
final class JsProps {

    private JsProps() {
    }

    /** Reads whichever known properties the JS object has; null for null/undefined. */
    static MqttProperties fromJs(Value v, Host host) {
        if (v == null || v.isNull() || !v.hasMembers()) {
            return null;
        }
        MqttProperties p = new MqttProperties();
        if (has(v, "payloadFormatIndicator")) {
            p.setPayloadFormat(v.getMember("payloadFormatIndicator").asBoolean());
        }
        if (has(v, "messageExpiryInterval")) {
            p.setMessageExpiryInterval(v.getMember("messageExpiryInterval").asLong());
        }
        if (has(v, "topicAlias")) {
            p.setTopicAlias(v.getMember("topicAlias").asInt());
        }
        if (has(v, "responseTopic")) {
            p.setResponseTopic(v.getMember("responseTopic").asString());
        }
        if (has(v, "correlationData")) {
            p.setCorrelationData(host.bytes(v.getMember("correlationData")));
        }
        if (has(v, "contentType")) {
            p.setContentType(v.getMember("contentType").asString());
        }
        if (has(v, "subscriptionIdentifier")) {
            p.setSubscriptionIdentifier(v.getMember("subscriptionIdentifier").asInt());
        }
        if (has(v, "sessionExpiryInterval")) {
            p.setSessionExpiryInterval(v.getMember("sessionExpiryInterval").asLong());
        }
        if (has(v, "receiveMaximum")) {
            p.setReceiveMaximum(v.getMember("receiveMaximum").asInt());
        }
        if (has(v, "maximumPacketSize")) {
            p.setMaximumPacketSize(v.getMember("maximumPacketSize").asLong());
        }
        if (has(v, "topicAliasMaximum")) {
            p.setTopicAliasMaximum(v.getMember("topicAliasMaximum").asInt());
        }
        if (has(v, "requestResponseInformation")) {
            p.setRequestResponseInfo(v.getMember("requestResponseInformation").asBoolean());
        }
        if (has(v, "requestProblemInformation")) {
            p.setRequestProblemInfo(v.getMember("requestProblemInformation").asBoolean());
        }
        if (has(v, "willDelayInterval")) {
            p.setWillDelayInterval(v.getMember("willDelayInterval").asLong());
        }
        if (has(v, "authenticationMethod")) {
            p.setAuthenticationMethod(v.getMember("authenticationMethod").asString());
        }
        if (has(v, "authenticationData")) {
            p.setAuthenticationData(host.bytes(v.getMember("authenticationData")));
        }
        if (has(v, "userProperties")) {
            Value u = v.getMember("userProperties");
            List<UserProperty> list = new ArrayList<>();
            for (String k : u.getMemberKeys()) {
                Value val = u.getMember(k);
                if (val.hasArrayElements()) {
                    for (long i = 0; i < val.getArraySize(); i++) {
                        list.add(new UserProperty(k, text(val.getArrayElement(i))));
                    }
                } else {
                    list.add(new UserProperty(k, text(val)));
                }
            }
            p.setUserProperties(list);
        }
        return p;
    }

    /** MQTT.js stringifies non-string user property values. */
    private static String text(Value v) {
        return v.isString() ? v.asString() : v.toString();
    }

    private static boolean has(Value v, String key) {
        Value m = v.getMember(key);
        return m != null && !m.isNull();
    }

    /** The properties of a received PUBLISH, flat for JS; null when there are none (MQTT 3.1.1). */
    static Object[] message(MqttProperties p) {
        if (p == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        if (p.getPayloadFormat()) {
            add(out, "payloadFormatIndicator", true);
        }
        add(out, "messageExpiryInterval", p.getMessageExpiryInterval());
        add(out, "topicAlias", p.getTopicAlias());
        add(out, "responseTopic", p.getResponseTopic());
        add(out, "correlationData", p.getCorrelationData() == null ? null : ByteBuffer.wrap(p.getCorrelationData()));
        add(out, "contentType", p.getContentType());
        List<Integer> ids = p.getSubscriptionIdentifiers();
        if (ids != null && !ids.isEmpty()) {
            add(out, "subscriptionIdentifier", ids.size() == 1 ? ids.getFirst() : ids.toArray());
        }
        addUser(out, p);
        return out.toArray();
    }

    /** CONNACK (and DISCONNECT) properties, flat for JS. */
    static Object[] connack(MqttProperties p) {
        if (p == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        add(out, "sessionExpiryInterval", p.getSessionExpiryInterval());
        add(out, "receiveMaximum", p.getReceiveMaximum());
        add(out, "maximumQoS", p.getMaximumQoS());
        add(out, "retainAvailable", p.isRetainAvailable());
        add(out, "maximumPacketSize", p.getMaximumPacketSize());
        add(out, "assignedClientIdentifier", p.getAssignedClientIdentifier());
        add(out, "topicAliasMaximum", p.getTopicAliasMaximum());
        add(out, "reasonString", p.getReasonString());
        add(out, "serverKeepAlive", p.getServerKeepAlive());
        add(out, "responseInformation", p.getResponseInfo());
        add(out, "serverReference", p.getServerReference());
        add(out, "wildcardSubscriptionAvailable", p.isWildcardSubscriptionsAvailable());
        add(out, "subscriptionIdentifiersAvailable", p.isSubscriptionIdentifiersAvailable());
        add(out, "sharedSubscriptionAvailable", p.isSharedSubscriptionAvailable());
        addUser(out, p);
        return out.toArray();
    }

    private static void addUser(List<Object> out, MqttProperties p) {
        List<UserProperty> user = p.getUserProperties();
        if (user != null && !user.isEmpty()) {
            Object[] pairs = new Object[user.size() * 2];
            for (int i = 0; i < user.size(); i++) {
                pairs[2 * i] = user.get(i).getKey();
                pairs[2 * i + 1] = user.get(i).getValue();
            }
            add(out, "userProperties", pairs);
        }
    }

    private static void add(List<Object> out, String name, Object value) {
        if (value != null) {
            out.add(name);
            out.add(value);
        }
    }
}
