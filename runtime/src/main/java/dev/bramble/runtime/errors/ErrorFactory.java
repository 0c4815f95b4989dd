// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.errors;

import dev.bramble.runtime.spi.JsErrors;
import org.graalvm.polyglot.Value;

/** JS errors made from Java through one JS factory function the bootstrap registers. */
public final class ErrorFactory implements JsErrors {

    private Value make; // (type, code, message, errno, syscall, path) => Error

    public void setFactory(Value make) {
        this.make = make;
    }

    @Override
    public Value error(String type, String code, String message) {
        return make.execute(type, code, message, null, null, null);
    }

    @Override
    public Value system(String code, String syscall, String path, String detail) {
        String msg = SystemErrors.message(code, syscall, path, null) + (detail == null ? "" : " (" + detail + ")");
        return make.execute("Error", code, msg, SystemErrors.info(code).errno(), syscall, path);
    }

    @Override
    public Value fromIo(Exception e, String syscall, String path) {
        return system(SystemErrors.code(e), syscall, path, null);
    }
}
