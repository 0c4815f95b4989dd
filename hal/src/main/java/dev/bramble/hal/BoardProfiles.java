// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The board profiles shipped in {@code bramble-board-profiles}, listed by its {@code index.json}. */
public final class BoardProfiles {

    private static final String DIR = "dev/bramble/boards/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile List<BoardProfile> all;

    private BoardProfiles() {}

    /** Every shipped profile, in index order (the simulated board last). */
    public static List<BoardProfile> all() {
        List<BoardProfile> profiles = all;
        if (profiles == null) {
            List<BoardProfile> loaded = new ArrayList<>();
            for (JsonNode name : read("index.json").get("boards")) {
                loaded.add(parse(name.asText()));
            }
            all = profiles = List.copyOf(loaded);
        }
        return profiles;
    }

    /** By id; short forms work too ({@code pi5}, {@code 4b}, {@code cm4}, {@code zero2w} for {@code rpi-...}). */
    public static Optional<BoardProfile> byId(String id) {
        String wanted = shortForm(id);
        return all().stream().filter(p -> p.id().equalsIgnoreCase(id) || shortForm(p.id()).equals(wanted)).findFirst();
    }

    private static String shortForm(String id) {
        String s = id.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("+", "plus");
        return s.startsWith("rpi") ? s.substring(3) : s.startsWith("pi") ? s.substring(2) : s;
    }

    /** The profile with that id, or an error that lists the ids there are. */
    public static BoardProfile require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown board '" + id + "'; known boards: " + String.join(", ", all().stream().map(BoardProfile::id).toList())));
    }

    public static BoardProfile sim() {
        return require("sim");
    }

    /** Reads one profile from a stream (used for boards that are not shipped, and by tests). */
    public static BoardProfile parse(InputStream in) throws IOException {
        return JSON.readValue(in, BoardProfile.class);
    }

    private static BoardProfile parse(String file) {
        try (InputStream in = open(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("board profile " + file + " is unreadable", e);
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("board profile index " + file + " is unreadable", e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = BoardProfiles.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing resource " + DIR + file + " (is bramble-board-profiles on the class path?)");
        }
        return in;
    }
}
