// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import dev.bramble.hal.Backend;
import dev.bramble.hal.Board;
import dev.bramble.hal.BoardProfile;
import dev.bramble.hal.HalException;
import dev.bramble.hal.HalOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Real boards through Pi4J 3.0: its gpiod provider for lines (the character device, so no sysfs
 * numbering offsets and no root for users in the {@code gpio} group) and its linuxfs provider for PWM.
 */
public final class Pi4jBackend implements Backend {

    /** Pi4J 3.0's gpiod plugin carries its native library for these architectures only. */
    private static final Set<String> NATIVE_ARCHES = Set.of("aarch64", "arm", "armhf");

    private final SysfsLocator sysfs;
    private final String arch;
    private final Pi4jProviders providers;

    public Pi4jBackend() {
        this(Path.of("/sys"), Path.of("/dev"), System.getProperty("os.arch"), null);
    }

    /** For tests: where sysfs and /dev are, the architecture to assume, and the providers (null: the real ones). */
    public Pi4jBackend(Path sys, Path dev, String arch, Pi4jProviders providers) {
        this.sysfs = new SysfsLocator(sys, dev);
        this.arch = arch;
        this.providers = providers != null ? providers : Pi4jProviders.real(sysfs.pwmRoot().toString());
    }

    @Override
    public String id() {
        return "pi4j";
    }

    @Override
    public boolean isAvailable() {
        return unavailabilityCause().isEmpty();
    }

    @Override
    public Optional<String> unavailabilityCause() {
        if (!NATIVE_ARCHES.contains(arch)) {
            return Optional.of("Pi4J's gpiod provider has native code for aarch64 and armhf only, and this machine is " + arch);
        }
        if (sysfs.gpioChips().isEmpty()) {
            return Optional.of("no GPIO character device (/dev/gpiochip*) is present; this is not a board with GPIO, or /dev is not visible");
        }
        return Optional.empty();
    }

    @Override
    public boolean simulated() {
        return false;
    }

    /** The providers in use, for tests and {@code --board-info}. */
    public Pi4jProviders providers() {
        return providers;
    }

    @Override
    public Board open(BoardProfile profile, HalOptions options) {
        if (profile.isSimulated()) {
            throw new HalException("the pi4j backend drives real boards; the simulated board belongs to the sim backend");
        }
        List<String> chips = sysfs.gpioChips();
        String chip = sysfs.chipByLabel(profile.gpiochip().label())
                .or(() -> chips.size() == 1 ? Optional.of(chips.get(0)) : Optional.empty())
                .orElseThrow(() -> new HalException("no gpiochip labelled '" + profile.gpiochip().label() + "' on this "
                        + profile.name() + " (found " + (chips.isEmpty() ? "none" : String.join(", ", chips)) + ")"));
        BoardProfile.PwmChip pwm = profile.pwm().chip();
        int pwmChip = sysfs.pwmChip(pwm.device())
                .orElseGet(() -> Integer.parseInt(pwm.fallback().replaceAll("\\D", "")));
        return new Pi4jBoard(profile, providers, chip, pwmChip, sysfs.dev());
    }
}
