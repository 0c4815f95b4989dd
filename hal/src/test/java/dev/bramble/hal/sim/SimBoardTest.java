// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bramble.hal.BoardProfiles;
import dev.bramble.hal.DigitalLine;
import dev.bramble.hal.EdgeEvent;
import dev.bramble.hal.LineConfig;
import dev.bramble.hal.LineConfig.Bias;
import dev.bramble.hal.LineConfig.Debounce;
import dev.bramble.hal.LineConfig.Edge;
import dev.bramble.hal.PwmChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimBoardTest {

    private SimBoard board;
    // Stands in for the runtime's loop: records which thread produced each event, then queues it.
    private final BlockingQueue<EdgeEvent> delivered = new LinkedBlockingQueue<>();
    private final List<String> producers = new ArrayList<>();
    private final Executor loop = task -> {
        synchronized (producers) {
            producers.add(Thread.currentThread().getName());
        }
        task.run();
    };

    private SimBoard board(Scenario.Device... devices) {
        board = new SimBoard(BoardProfiles.sim(), new Scenario(List.of(devices)));
        return board;
    }

    @AfterEach
    void close() {
        if (board != null) {
            board.close();
        }
    }

    private static Scenario.Device button(Scenario.Bounce bounce, Scenario.Press... presses) {
        return new Scenario.Device("button", "b", "GPIO4", "to-ground", bounce, List.of(presses), null, null);
    }

    private List<EdgeEvent> take(int n) throws InterruptedException {
        List<EdgeEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EdgeEvent e = delivered.poll(5, TimeUnit.SECONDS);
            assertTrue(e != null, "only " + out.size() + " of " + n + " edges arrived: " + out);
            out.add(e);
        }
        return out;
    }

    private DigitalLine watchButton(Debounce debounce) {
        LineConfig c = LineConfig.input().withBias(Bias.PULL_UP).withActiveLow(true).withEdge(Edge.BOTH).withDebounce(debounce);
        DigitalLine line = board.openLine(board.pins().resolve("BUTTON"), c);
        line.watch(delivered::add, loop);
        return line;
    }

    @Test
    void aBouncyButtonGivesOneDebouncedPressAndReleaseInOrder() throws InterruptedException {
        board(button(new Scenario.Bounce(3, 1), new Scenario.Press(30, 150), new Scenario.Press(400, 100)));
        DigitalLine line = watchButton(Debounce.software(Duration.ofMillis(20)));
        List<EdgeEvent> events = take(4);
        assertEquals(List.of(1, 0, 1, 0), events.stream().map(EdgeEvent::value).toList());
        assertEquals(List.of(Edge.RISING, Edge.FALLING, Edge.RISING, Edge.FALLING), events.stream().map(EdgeEvent::edge).toList());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).timestampNanos() > events.get(i - 1).timestampNanos(), "timestamps must increase");
        }
        long heldNanos = events.get(1).timestampNanos() - events.get(0).timestampNanos();
        assertTrue(heldNanos > 50_000_000L && heldNanos < 1_000_000_000L, "press lasted " + heldNanos + " ns");
        assertEquals(null, delivered.poll(100, TimeUnit.MILLISECONDS), "no extra edges from the bounces");
        synchronized (producers) {
            assertFalse(producers.contains(Thread.currentThread().getName()), "events must come from a sim/HAL thread, not the caller");
        }
        // The sim saw every bounce: 2 transitions per press/release plus 2 per bounce flip pair.
        assertEquals(2 * (1 + 2 * 3) * 2, board.history(4).size());
        line.close();
    }

    @Test
    void withoutDebounceEveryBounceIsReported() throws InterruptedException {
        board(button(new Scenario.Bounce(2, 2), new Scenario.Press(10, 100)));
        watchButton(Debounce.NONE);
        List<EdgeEvent> events = take(10);
        assertEquals(List.of(1, 0, 1, 0, 1, 0, 1, 0, 1, 0), events.stream().map(EdgeEvent::value).toList());
    }

    @Test
    void driverDebounceFiltersInTheVirtualChip() throws InterruptedException {
        board(button(new Scenario.Bounce(3, 1), new Scenario.Press(10, 100)));
        watchButton(Debounce.driver(Duration.ofMillis(15)));
        assertEquals(List.of(1, 0), take(2).stream().map(EdgeEvent::value).toList());
        assertEquals(null, delivered.poll(100, TimeUnit.MILLISECONDS));
    }

    @Test
    void risingOnlyAndOnDemandPresses() throws InterruptedException {
        board(button(null));
        LineConfig c = LineConfig.input().withBias(Bias.PULL_UP).withActiveLow(true).withEdge(Edge.RISING);
        DigitalLine line = board.openLine(board.pins().resolve(4), c);
        line.watch(delivered::add, loop);
        assertEquals(0, line.read());
        SimButton b = board.button("b").orElseThrow();
        b.click(30);
        assertEquals(1, take(1).get(0).value());
        assertEquals(null, delivered.poll(150, TimeUnit.MILLISECONDS), "the release is a falling edge, not reported");
        b.press();
        assertEquals(1, take(1).get(0).value());
        assertEquals(1, line.read());
        assertTrue(b.isPressed());
    }

    @Test
    void ledWritesAreVisibleWithTheirHistory() {
        board(Scenario.defaults().devices().toArray(Scenario.Device[]::new));
        SimLed led = board.led("led").orElseThrow();
        DigitalLine out = board.openLine(led.pin(), LineConfig.output(0));
        out.write(1);
        assertTrue(led.isLit());
        out.write(0);
        out.write(0);
        out.write(1);
        assertEquals(List.of(1, 0, 1), led.history().stream().map(SimBoard.Change::level).toList());
        assertEquals(1, out.read());
        out.reconfigure(out.config().withActiveLow(true));
        out.write(1);
        assertFalse(led.isLit(), "active-low 1 drives the pin low");
        assertThrows(IllegalStateException.class, () -> board.openLine(led.pin(), LineConfig.input()), "EBUSY");
        DigitalLine in = board.openLine(board.pins().resolve(22), LineConfig.input());
        assertThrows(IllegalStateException.class, () -> in.write(1));
        assertEquals(0, in.read(), "GPIO22 rests low (reset pull-down)");
        in.reconfigure(in.config().withBias(Bias.PULL_UP));
        assertEquals(1, in.read());
    }

    @Test
    void hardwarePwmDutyIsSeenByTheServo() {
        board(new Scenario.Device("servo", "servo", "GPIO18", null, null, null, 1000, 2000));
        SimPwmDevice servo = board.pwmDevice("servo").orElseThrow();
        PwmChannel pwm = board.openPwm(servo.pin(), 50, 0.075);
        assertEquals(PwmChannel.Mode.HARDWARE, pwm.mode());
        assertEquals(0.0, servo.dutyCycle(), "disabled until enabled");
        pwm.enable();
        assertEquals(0.075, servo.dutyCycle(), 1e-9);
        assertEquals(1500, servo.pulseWidthMicros(), 1e-6);
        assertEquals(90, servo.angle().orElseThrow(), 1e-6);
        pwm.setDutyCycle(0.05);
        assertEquals(0, servo.angle().orElseThrow(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> pwm.setDutyCycle(1.5));
        pwm.close();
        assertTrue(servo.channel().isEmpty());
    }

    @Test
    void softwarePwmTogglesAnyOtherLine() throws InterruptedException {
        board(new Scenario.Device("pwm-led", "dim", "GPIO17", null, null, null, null, null));
        PwmChannel pwm = board.openPwm(board.pins().resolve("GPIO17"), 50, 0.25);
        assertEquals(PwmChannel.Mode.SOFTWARE, pwm.mode());
        pwm.enable();
        Thread.sleep(500);
        pwm.disable();
        List<SimBoard.Change> h = board.history(17);
        assertTrue(h.size() > 30, "expected ~50 level changes in 500 ms at 50 Hz, got " + h.size());
        long high = 0;
        long total = 0;
        for (int i = 1; i < h.size(); i++) {
            long span = h.get(i).nanos() - h.get(i - 1).nanos();
            total += span;
            high += h.get(i - 1).level() == 1 ? span : 0;
        }
        double measured = (double) high / total;
        // Software PWM sleeps between edges, so a starved thread on a loaded machine stretches them:
        // a wide band, still far from 0.5 or 0 (a PWM that ignored the duty cycle).
        assertTrue(Math.abs(measured - 0.25) < 0.15, "measured duty " + measured);
        assertEquals(0.25, board.pwmDevice("dim").orElseThrow().channel().orElseThrow().dutyCycle());
        assertFalse(board.level(17), "disable leaves the line low");
        assertNotEquals(0, h.size());
    }
}
