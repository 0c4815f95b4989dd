// SPDX-License-Identifier: Apache-2.0
package dev.bramble.hal.sim;

/**
 * A Bosch BME280 on the simulated bus with the datasheet's register map: chip id 0x60 at 0xD0, soft
 * reset at 0xE0, calibration words at 0x88-0xA1 and 0xE1-0xE7, ctrl_hum/status/ctrl_meas/config at
 * 0xF2-0xF5 and the burst-readable ADC values at 0xF7-0xFE. The raw values are worked back from the
 * temperature, humidity and pressure it is set to through the datasheet's compensation formulas, so a
 * real driver that reads the calibration and compensates gets those values back. Forced mode measures
 * once and returns to sleep; normal mode measures whenever the data registers are addressed; an
 * oversampling of 0 skips that measurement (0x80000 / 0x8000), as the chip does.
 */
public final class SimBme280 extends SimRegisterDevice {

    public static final int CHIP_ID = 0x60;

    // Calibration of one real part (T and P as in the datasheet's worked example); what a driver reads from 0x88.. and 0xE1...
    static final int T1 = 27504, T2 = 26435, T3 = -1000;
    static final int P1 = 36477, P2 = -10685, P3 = 3024, P4 = 2855, P5 = 140, P6 = -7, P7 = 15500, P8 = -14600, P9 = 6000;
    static final int H1 = 75, H2 = 362, H3 = 0, H4 = 313, H5 = 50, H6 = 30;

    private volatile double temperature;
    private volatile double humidity;
    private volatile double pressure;
    private int measurements;

    public SimBme280(String id, int address, double temperatureC, double humidityPct, double pressureHpa) {
        super(id, "bme280", address, null);
        this.temperature = temperatureC;
        this.humidity = humidityPct;
        this.pressure = pressureHpa;
        reset();
    }

    private void reset() {
        java.util.Arrays.fill(registers, 0);
        registers[0xD0] = CHIP_ID;
        int[] words = {T1, T2, T3, P1, P2, P3, P4, P5, P6, P7, P8, P9};
        for (int i = 0; i < words.length; i++) {
            registers[0x88 + 2 * i] = words[i] & 0xff;
            registers[0x89 + 2 * i] = (words[i] >> 8) & 0xff;
        }
        registers[0xA1] = H1;
        registers[0xE1] = H2 & 0xff;
        registers[0xE2] = (H2 >> 8) & 0xff;
        registers[0xE3] = H3;
        registers[0xE4] = (H4 >> 4) & 0xff;
        registers[0xE5] = (H4 & 0x0f) | ((H5 & 0x0f) << 4);
        registers[0xE6] = (H5 >> 4) & 0xff;
        registers[0xE7] = H6 & 0xff;
        // Until the first measurement the data registers hold the reset values the datasheet gives.
        registers[0xF7] = 0x80;
        registers[0xFA] = 0x80;
        registers[0xFD] = 0x80;
    }

    /** Changes what the sensor measures from now on. */
    public void set(double temperatureC, double humidityPct, double pressureHpa) {
        this.temperature = temperatureC;
        this.humidity = humidityPct;
        this.pressure = pressureHpa;
    }

    public double temperature() {
        return temperature;
    }

    public double humidity() {
        return humidity;
    }

    public double pressure() {
        return pressure;
    }

    public synchronized int measurements() {
        return measurements;
    }

    @Override
    protected void writeRegister(int r, int v) {
        switch (r) {
            case 0xE0 -> {
                if (v == 0xB6) {
                    reset();
                }
            }
            case 0xF2 -> registers[r] = v & 0x07;
            case 0xF4 -> {
                registers[r] = v;
                int mode = v & 0x03;
                if (mode == 1 || mode == 2) {
                    measure();
                    registers[r] = v & 0xFC;
                } else if (mode == 3) {
                    measure();
                }
            }
            case 0xF5 -> registers[r] = v & 0xFD;
            default -> { } // chip id, calibration, status and data are read-only
        }
    }

    @Override
    protected void pointerSet(int r) {
        if (r >= 0xF7 && r <= 0xFE && (registers[0xF4] & 0x03) == 3) {
            measure();
        }
    }

    private void measure() {
        measurements++;
        int osrsT = (registers[0xF4] >> 5) & 7;
        int osrsP = (registers[0xF4] >> 2) & 7;
        int osrsH = registers[0xF2] & 7;
        int adcT = adcTemperature(temperature);
        double tFine = tFine(adcT);
        int adcP = osrsP == 0 ? 0x80000 : adcPressure(pressure * 100, tFine);
        int adcH = osrsH == 0 ? 0x8000 : adcHumidity(humidity, tFine);
        if (osrsT == 0) {
            adcT = 0x80000;
        }
        put20(0xF7, adcP);
        put20(0xFA, adcT);
        registers[0xFD] = (adcH >> 8) & 0xff;
        registers[0xFE] = adcH & 0xff;
    }

    private void put20(int r, int v) {
        registers[r] = (v >> 12) & 0xff;
        registers[r + 1] = (v >> 4) & 0xff;
        registers[r + 2] = (v & 0x0f) << 4;
    }

    // The datasheet's floating-point compensation (section 8.1), run forwards to search for the raw value.

    static double tFine(int adcT) {
        double var1 = (adcT / 16384.0 - T1 / 1024.0) * T2;
        double d = adcT / 131072.0 - T1 / 8192.0;
        return var1 + d * d * T3;
    }

    static double pressurePa(int adcP, double tFine) {
        double var1 = tFine / 2.0 - 64000.0;
        double var2 = var1 * var1 * P6 / 32768.0;
        var2 = var2 + var1 * P5 * 2.0;
        var2 = var2 / 4.0 + P4 * 65536.0;
        var1 = (P3 * var1 * var1 / 524288.0 + P2 * var1) / 524288.0;
        var1 = (1.0 + var1 / 32768.0) * P1;
        if (var1 == 0) {
            return 0;
        }
        double p = 1048576.0 - adcP;
        p = (p - var2 / 4096.0) * 6250.0 / var1;
        var1 = P9 * p * p / 2147483648.0;
        var2 = p * P8 / 32768.0;
        return p + (var1 + var2 + P7) / 16.0;
    }

    static double humidityPct(int adcH, double tFine) {
        double h = tFine - 76800.0;
        h = (adcH - (H4 * 64.0 + H5 / 16384.0 * h)) * (H2 / 65536.0 * (1.0 + H6 / 67108864.0 * h * (1.0 + H3 / 67108864.0 * h)));
        h = h * (1.0 - H1 * h / 524288.0);
        return Math.max(0, Math.min(100, h));
    }

    static int adcTemperature(double celsius) {
        return search(0, 0xFFFFF, true, adc -> tFine(adc) / 5120.0, celsius);
    }

    static int adcPressure(double pa, double tFine) {
        return search(0, 0xFFFFF, false, adc -> pressurePa(adc, tFine), pa);
    }

    static int adcHumidity(double pct, double tFine) {
        return search(0, 0xFFFF, true, adc -> humidityPct(adc, tFine), pct);
    }

    /** The raw value in [lo, hi] whose compensated value is nearest the target; f is monotonic. */
    private static int search(int lo, int hi, boolean increasing, java.util.function.IntToDoubleFunction f, double target) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean below = increasing ? f.applyAsDouble(mid) < target : f.applyAsDouble(mid) > target;
            if (below) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(f.applyAsDouble(lo - 1) - target) < Math.abs(f.applyAsDouble(lo) - target)) {
            return lo - 1;
        }
        return lo;
    }
}
