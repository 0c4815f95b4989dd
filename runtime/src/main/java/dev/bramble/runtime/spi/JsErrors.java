// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.spi;

import org.graalvm.polyglot.Value;

/**
 * Makes JS errors from Java. The {@code throw*} forms return an exception to {@code throw} from an op:
 * it reaches JS as the very Error object (with its {@code code}), not as a Java exception.
 * The value forms are for callbacks ({@code cb(err)}).
 */
public interface JsErrors {

    /** {@code new Error(message)} with {@code code}; {@code type} is "Error", "TypeError" or "RangeError". */
    Value error(String type, String code, String message);

    /**
     * A Node system error, e.g. {@code system("ENOENT", "open", "/x", null)} gives
     * {@code ENOENT: no such file or directory, open '/x'} with {@code errno}, {@code code}, {@code syscall}, {@code path}.
     * {@code detail} (may be null) is appended in parentheses, as Node does for hints.
     */
    Value system(String code, String syscall, String path, String detail);

    /** Maps a Java I/O exception to the matching Node system error (ENOENT, EACCES, EEXIST, ...). */
    Value fromIo(Exception e, String syscall, String path);

    default RuntimeException throwError(String type, String code, String message) {
        return error(type, code, message).throwException();
    }

    default RuntimeException throwSystem(String code, String syscall, String path, String detail) {
        return system(code, syscall, path, detail).throwException();
    }

    default RuntimeException throwIo(Exception e, String syscall, String path) {
        return fromIo(e, syscall, path).throwException();
    }
}
