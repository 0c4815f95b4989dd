// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which board this is, the way Pi4J does: the revision code in {@code /proc/cpuinfo} first
 * (its type field, bits 4-11, names the model), then the device-tree model string.
 */
public final class BoardDetector {

    private static final Pattern REVISION = Pattern.compile("(?m)^Revision\\s*:\\s*([0-9a-fA-F]+)\\s*$");
    private static final int NEW_STYLE = 1 << 23;

    private final Path model;
    private final Path cpuinfo;
    private final List<BoardProfile> profiles;

    /** The result: the board, if one matched, and what was read, for {@code --board-info} and notices. */
    public record Detection(Optional<BoardProfile> board, String model, String revision, String how) {}

    public BoardDetector() {
        this(Path.of("/proc/device-tree/model"), Path.of("/proc/cpuinfo"), BoardProfiles.all());
    }

    public BoardDetector(Path model, Path cpuinfo, List<BoardProfile> profiles) {
        this.model = model;
        this.cpuinfo = cpuinfo;
        this.profiles = profiles;
    }

    public Detection detect() {
        String modelText = read(model).replace("\0", "").trim();
        String revision = revision(read(cpuinfo));
        if (!revision.isEmpty()) {
            long code = Long.parseLong(revision, 16);
            if ((code & NEW_STYLE) != 0) {
                int type = (int) ((code >> 4) & 0xff);
                for (BoardProfile p : profiles) {
                    for (String t : p.detect().revisionTypes()) {
                        if (Integer.decode(t) == type) {
                            return new Detection(Optional.of(p), modelText, revision, "revision code " + revision + " (type 0x" + Integer.toHexString(type) + ")");
                        }
                    }
                }
            }
        }
        for (BoardProfile p : profiles) {
            for (String prefix : p.detect().model()) {
                if (!modelText.isEmpty() && modelText.startsWith(prefix)) {
                    return new Detection(Optional.of(p), modelText, revision, "device-tree model \"" + modelText + "\"");
                }
            }
        }
        String why = modelText.isEmpty() ? model + " is missing" : "\"" + modelText + "\" is not a known board";
        return new Detection(Optional.empty(), modelText, revision, why);
    }

    private static String revision(String cpuinfo) {
        Matcher m = REVISION.matcher(cpuinfo);
        return m.find() ? m.group(1).toLowerCase() : "";
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException | SecurityException e) {
            return "";
        }
    }
}
