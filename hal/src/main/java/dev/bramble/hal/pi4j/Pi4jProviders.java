// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.io.pwm.PwmProvider;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;
import com.pi4j.plugin.linuxfs.provider.pwm.LinuxFsPwmProvider;
import com.pi4j.plugin.linuxfs.provider.spi.LinuxFsSpiProvider;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Which Pi4J providers the backend uses: gpiod (character device) for lines and linuxfs for PWM, I2C
 * ({@code /dev/i2c-N}) and SPI ({@code /dev/spidevB.C}) on a real board; tests hand in Pi4J's mock
 * providers instead. PWM takes the resolved pwmchip number.
 */
public record Pi4jProviders(Supplier<DigitalInputProvider> input, Supplier<DigitalOutputProvider> output,
        IntFunction<PwmProvider> pwm, Supplier<I2CProvider> i2c, Supplier<SpiProvider> spi) {

    /** Lines and PWM only (buses unavailable), as the GPIO tests build it. */
    public Pi4jProviders(Supplier<DigitalInputProvider> input, Supplier<DigitalOutputProvider> output, IntFunction<PwmProvider> pwm) {
        this(input, output, pwm, null, null);
    }

    /** gpiod for lines, linuxfs for hardware PWM (sysfs PWM under {@code pwmRoot}), I2C and SPI. */
    public static Pi4jProviders real(String pwmRoot) {
        return new Pi4jProviders(GpioDDigitalInputProvider::newInstance, GpioDDigitalOutputProvider::newInstance,
                chip -> LinuxFsPwmProvider.newInstance(pwmRoot, chip), LinuxFsI2CProvider::newInstance, LinuxFsSpiProvider::newInstance);
    }
}
