// SPDX-License-Identifier: Apache-2.0
package dev.bramble.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks every board profile the way a person adding a board would want it checked. */
class BoardProfilesTest {

    private static final String DIR = "dev/bramble/boards/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESERVED = Pattern.compile("(?i)(GPIO|PIN)\\d+|\\d+");

    private static JsonNode read(String name) {
        try (InputStream in = BoardProfilesTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            assertNotNull(in, "missing resource " + DIR + name);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not valid JSON", e);
        }
    }

    private static List<String> indexed() {
        List<String> names = new ArrayList<>();
        read("index.json").get("boards").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void indexListsEveryProfileFileAndNothingElse() throws IOException {
        Path dir = Path.of("src/main/resources", DIR);
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("index.json")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(indexed()), "index.json must list exactly the profile files");
    }

    @Test
    void theBoardsTheProjectPromisesAreThere() {
        Set<String> ids = new HashSet<>();
        indexed().forEach(n -> ids.add(read(n).get("id").asText()));
        for (String id : List.of("rpi-3b", "rpi-3b-plus", "rpi-4b", "rpi-400", "rpi-5", "rpi-zero-2w", "rpi-cm4", "rpi-cm5", "sim")) {
            assertTrue(ids.contains(id), "no profile with id " + id);
        }
    }

    @Test
    void detectionRulesDoNotOverlap() {
        Map<String, String> types = new HashMap<>();
        Map<String, String> models = new HashMap<>();
        for (String name : indexed()) {
            JsonNode b = read(name);
            String id = b.get("id").asText();
            b.get("detect").get("revisionTypes").forEach(t -> {
                String prev = types.put(t.asText().toLowerCase(), id);
                assertEquals(null, prev, "revision type " + t + " claimed by " + prev + " and " + id);
            });
            b.get("detect").get("model").forEach(m -> {
                String prev = models.put(m.asText(), id);
                assertEquals(null, prev, "model " + m + " claimed by " + prev + " and " + id);
            });
        }
        // "Raspberry Pi 3 Model B Rev" must not be a prefix of the B+'s "Raspberry Pi 3 Model B Plus Rev 1.3".
        for (String a : models.keySet()) {
            for (String b : models.keySet()) {
                assertTrue(a.equals(b) || !(b + " 1.0").startsWith(a), a + " would also match " + b);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProfileIsConsistent() {
        return indexed().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name, read(name))));
    }

    private static void check(String file, JsonNode b) {
        String id = b.get("id").asText();
        assertEquals(file, id + ".json", "file name must be <id>.json");
        for (String field : List.of("name", "soc", "gpiochip", "detect", "header", "i2c", "spi", "uarts", "pwm", "leds", "aliases")) {
            assertTrue(b.has(field), id + ": missing field " + field);
        }
        JsonNode chip = b.get("gpiochip");
        assertFalse(chip.get("label").asText().isBlank(), id + ": gpiochip needs a label");
        assertTrue(chip.get("devices").size() > 0, id + ": gpiochip needs at least one device name");
        int chipLines = chip.get("lines").asInt();

        Set<Integer> pins = new HashSet<>();
        Set<Integer> lines = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (JsonNode h : b.get("header")) {
            int pin = h.get("pin").asInt();
            assertTrue(pin >= 1 && pin <= 40, id + ": header pin " + pin + " out of 1..40");
            assertTrue(pins.add(pin), id + ": header pin " + pin + " listed twice");
            if (h.has("power")) {
                assertTrue(Set.of("3V3", "5V", "GND").contains(h.get("power").asText()), id + ": pin " + pin + " has unknown power " + h.get("power"));
                assertFalse(h.has("line"), id + ": power pin " + pin + " cannot also be a line");
                continue;
            }
            assertTrue(h.has("line"), id + ": pin " + pin + " is neither power nor a line");
            int line = h.get("line").asInt();
            assertTrue(line >= 0 && line < chipLines, id + ": pin " + pin + " line " + line + " is not on a " + chipLines + "-line chip");
            assertTrue(lines.add(line), id + ": line " + line + " is on two header pins");
            assertEquals("GPIO" + line, h.get("name").asText(), id + ": pin " + pin + " name");
            names.add(h.get("name").asText());
        }
        assertEquals(40, pins.size(), id + ": every one of the 40 header pins must be accounted for");
        assertEquals(8, countPower(b, "GND"), id + ": a 40-pin Pi header has 8 ground pins");

        for (JsonNode bus : b.get("i2c")) {
            onLine(id, lines, bus, "sda", "scl");
        }
        for (JsonNode dev : b.get("spi")) {
            onLine(id, lines, dev, "sclk", "mosi", "miso", "cs");
        }
        for (JsonNode uart : b.get("uarts")) {
            onLine(id, lines, uart, "tx", "rx");
            assertTrue(uart.get("devices").size() > 0, id + ": " + uart.get("id") + " has no device path");
        }
        Set<Integer> pwmLines = new HashSet<>();
        for (JsonNode ch : b.get("pwm").get("channels")) {
            onLine(id, lines, ch, "line");
            assertTrue(pwmLines.add(ch.get("line").asInt()), id + ": PWM line " + ch.get("line") + " listed twice");
        }
        Set<String> aliases = new HashSet<>();
        b.get("aliases").properties().forEach(e -> {
            String alias = e.getKey();
            assertFalse(RESERVED.matcher(alias).matches(), id + ": alias " + alias + " looks like a pin number or name");
            assertTrue(aliases.add(alias.toUpperCase()), id + ": alias " + alias + " differs from another only in case");
            assertTrue(names.contains(e.getValue().asText()), id + ": alias " + alias + " points at " + e.getValue() + ", not a header line");
        });
        for (JsonNode led : b.get("leds")) {
            assertTrue(led.get("sysfs").size() > 0, id + ": LED " + led.get("name") + " has no sysfs name");
            assertFalse(aliases.contains(led.get("name").asText()), id + ": LED name " + led.get("name") + " collides with an alias");
        }
        for (JsonNode m : b.get("detect").get("model")) {
            assertTrue(m.asText().startsWith("Raspberry Pi "), id + ": model rule " + m + " should be a device-tree model prefix");
        }
        for (JsonNode t : b.get("detect").get("revisionTypes")) {
            if (!t.asText().matches("0x[0-9a-fA-F]{2}")) {
                fail(id + ": revision type " + t + " must be 0xNN (bits 4-11 of a new-style revision code)");
            }
        }
    }

    private static int countPower(JsonNode b, String kind) {
        int n = 0;
        for (JsonNode h : b.get("header")) {
            n += kind.equals(h.path("power").asText()) ? 1 : 0;
        }
        return n;
    }

    private static void onLine(String id, Set<Integer> lines, JsonNode node, String... fields) {
        for (String f : fields) {
            assertTrue(node.has(f), id + ": " + node.path("id").asText(f) + " lacks " + f);
            assertTrue(lines.contains(node.get(f).asInt()), id + ": " + node.path("id").asText("") + " " + f + " = " + node.get(f) + " is not a header line");
        }
    }
}
