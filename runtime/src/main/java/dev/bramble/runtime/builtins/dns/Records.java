// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.dns;

import dev.bramble.runtime.builtins.dgram.Addresses;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.dns.DefaultDnsRecordDecoder;
import io.netty.handler.codec.dns.DnsPtrRecord;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Record data as the JS glue turns it into Node's result objects: {@code [type, ttl, fields...]}.
 * Netty leaves most rdata raw; a raw record's buffer is a view of the whole message, so names in it
 * may point back into the message (compression) and decode with Netty's own name decoder. Text is
 * read as Latin-1, byte for byte, as Node reads what c-ares gives it.
 */
final class Records {

    private Records() {}

    /** The record's fields, or null for a type Node does not report. */
    static Object[] decode(DnsRecord r) throws UnknownHostException {
        DnsRecordType type = r.type();
        double ttl = r.timeToLive();
        if (r instanceof DnsPtrRecord p) return new Object[] {"PTR", ttl, trim(p.hostname())};
        if (!(r instanceof DnsRawRecord raw)) return null;
        ByteBuf in = raw.content().duplicate();
        if (type == DnsRecordType.A || type == DnsRecordType.AAAA) {
            byte[] b = new byte[in.readableBytes()];
            in.readBytes(b);
            return new Object[] {type.name(), ttl, Addresses.format(InetAddress.getByAddress(b), false)};
        }
        if (type == DnsRecordType.CNAME || type == DnsRecordType.NS || type == DnsRecordType.PTR) {
            return new Object[] {type.name(), ttl, name(in)};
        }
        if (type == DnsRecordType.MX) {
            int priority = in.readUnsignedShort();
            return new Object[] {"MX", ttl, priority, name(in)};
        }
        if (type == DnsRecordType.TXT) {
            List<String> chunks = new ArrayList<>();
            while (in.isReadable()) chunks.add(characterString(in));
            return new Object[] {"TXT", ttl, chunks.toArray(String[]::new)};
        }
        if (type == DnsRecordType.SRV) {
            int priority = in.readUnsignedShort();
            int weight = in.readUnsignedShort();
            int port = in.readUnsignedShort();
            return new Object[] {"SRV", ttl, priority, weight, port, name(in)};
        }
        if (type == DnsRecordType.SOA) {
            String mname = name(in);
            String rname = name(in);
            return new Object[] {"SOA", ttl, mname, rname, (double) in.readUnsignedInt(), (double) in.readUnsignedInt(),
                (double) in.readUnsignedInt(), (double) in.readUnsignedInt(), (double) in.readUnsignedInt()};
        }
        if (type == DnsRecordType.NAPTR) {
            int order = in.readUnsignedShort();
            int preference = in.readUnsignedShort();
            String flags = characterString(in);
            String service = characterString(in);
            String regexp = characterString(in);
            return new Object[] {"NAPTR", ttl, order, preference, flags, service, regexp, name(in)};
        }
        if (type == DnsRecordType.CAA) {
            int flags = in.readUnsignedByte();
            int tagLength = in.readUnsignedByte();
            String tag = in.readCharSequence(tagLength, StandardCharsets.US_ASCII).toString();
            String value = in.readCharSequence(in.readableBytes(), StandardCharsets.ISO_8859_1).toString();
            return new Object[] {"CAA", ttl, flags, tag, value};
        }
        return null;
    }

    private static String name(ByteBuf in) {
        return trim(DefaultDnsRecordDecoder.decodeName(in));
    }

    private static String characterString(ByteBuf in) {
        int len = in.readUnsignedByte();
        return in.readCharSequence(len, StandardCharsets.ISO_8859_1).toString();
    }

    /** Names without the root's trailing dot, as c-ares gives them. */
    private static String trim(String name) {
        return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
