// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.pwm.PwmProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.pwm.LinuxFsPwmProvider;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Which Pi4J providers the backend uses: gpiod (character device) for lines and linuxfs for PWM on a
 * real board; tests hand in Pi4J's mock providers instead. PWM takes the resolved pwmchip number.
 */
public record Pi4jProviders(Supplier<DigitalInputProvider> input, Supplier<DigitalOutputProvider> output,
        IntFunction<PwmProvider> pwm) {

    /** gpiod for lines, linuxfs (sysfs PWM under {@code pwmRoot}) for hardware PWM. */
    public static Pi4jProviders real(String pwmRoot) {
        return new Pi4jProviders(GpioDDigitalInputProvider::newInstance, GpioDDigitalOutputProvider::newInstance,
                chip -> LinuxFsPwmProvider.newInstance(pwmRoot, chip));
    }
}
