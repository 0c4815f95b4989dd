// SPDX-License-Identifier: Apache-2.0
package dev.bramble.runtime.builtins.util;

import dev.bramble.runtime.spi.Host;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What {@code util.inspect} and {@code util.types} need to see that plain JavaScript cannot: a
 * promise's state and result, a proxy's target, the entries left in a Map/Set iterator, and the
 * engine's own type of an object (native error, arguments, generator, ...).
 *
 * <p>GraalJS has no public API for these, so the binding reads the engine objects behind a
 * {@link Value} by reflection. That works when the GraalJS jars are on the class path (or the
 * modules are opened); otherwise {@link #available()} is false and the JS side falls back to what
 * it can find out without the engine (e.g. a promise's state from its display string).
 */
public final class UtilBinding {

    private static final Field RECEIVER = receiverField();
    private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

    public UtilBinding(Host host) {
        // Stateless: everything is read from the values handed in.
    }

    private static Field receiverField() {
        try {
            Field f = Class.forName("org.graalvm.polyglot.AbstractValue").getDeclaredField("receiver");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // module encapsulation or another polyglot version: fall back in JS
        }
    }

    /** True when engine objects can be read; without it the other ops answer "unknown". */
    @HostAccess.Export
    public boolean available() {
        return RECEIVER != null;
    }

    /** 0 pending, 1 fulfilled, 2 rejected (as V8 and Node number them); -1 not a promise or unknown. */
    @HostAccess.Export
    public int promiseState(Value value) {
        Object o = engineObject(value);
        if (o == null) {
            return displayedPromiseState(value);
        }
        if (!kind(o).equals("promise")) {
            return -1;
        }
        return ((Number) call(o, "getPromiseState")).intValue();
    }

    @HostAccess.Export
    public Object promiseResult(Value value) {
        Object o = engineObject(value);
        return o != null && kind(o).equals("promise") ? call(o, "getPromiseResult") : null;
    }

    @HostAccess.Export
    public boolean isProxy(Value value) {
        Object o = engineObject(value);
        return o != null ? kind(o).equals("proxy") : value.hasMembers() && value.toString().startsWith("Proxy(");
    }

    /** The proxy's target, or null once the proxy is revoked. */
    @HostAccess.Export
    public Object proxyTarget(Value value) {
        Object o = engineObject(value);
        return o != null && kind(o).equals("proxy") ? call(o, "getProxyTarget") : null;
    }

    @HostAccess.Export
    public Object proxyHandler(Value value) {
        Object o = engineObject(value);
        return o != null && kind(o).equals("proxy") ? call(o, "getProxyHandler") : null;
    }

    /**
     * The engine's kind of a JS value, one call per object so that util.inspect needs no
     * exception-throwing brand checks: "proxy", "promise", "error", "arguments", "generator",
     * "asyncGenerator", "module", "mapIterator", "setIterator", "map", "set", "weakMap", "weakSet",
     * "date", "regexp", "arrayBuffer", "sharedArrayBuffer", "dataView", "typedArray", "function",
     * "array", the boxed "number"/"string"/"boolean"/"bigint"/"symbol", "object" for any other
     * object; "" for primitives or when the engine cannot be read.
     */
    @HostAccess.Export
    public String typeTag(Value value) {
        Object o = engineObject(value);
        return o == null ? "" : kind(o);
    }

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            if (!isJsObjectClass(type)) {
                return "";
            }
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                String kind = kindOf(c);
                if (kind != null) {
                    return kind;
                }
            }
            return "object";
        }
    };

    private static boolean isJsObjectClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getSimpleName().equals("JSDynamicObject")) {
                return true;
            }
        }
        return false;
    }

    private static String kindOf(Class<?> c) {
        String name = c.getSimpleName();
        Class<?> outer = c.getEnclosingClass();
        if (name.equals("Shared") && outer != null && outer.getSimpleName().equals("JSArrayBufferObject")) {
            return "sharedArrayBuffer";
        }
        return switch (name) {
            case "JSProxyObject" -> "proxy";
            case "JSPromiseObject" -> "promise";
            case "JSErrorObject" -> "error";
            case "JSArgumentsObject" -> "arguments";
            case "JSGeneratorObject" -> "generator";
            case "JSAsyncGeneratorObject" -> "asyncGenerator";
            case "JSModuleNamespaceObject" -> "module";
            case "JSMapIteratorObject" -> "mapIterator";
            case "JSSetIteratorObject" -> "setIterator";
            case "JSMapObject" -> "map";
            case "JSSetObject" -> "set";
            case "JSWeakMapObject" -> "weakMap";
            case "JSWeakSetObject" -> "weakSet";
            case "JSDateObject" -> "date";
            case "JSRegExpObject" -> "regexp";
            case "JSArrayBufferObject" -> "arrayBuffer";
            case "JSDataViewObject" -> "dataView";
            case "JSTypedArrayObject" -> "typedArray";
            case "JSFunctionObject" -> "function";
            case "JSArrayObject" -> "array";
            case "JSNumberObject" -> "number";
            case "JSStringObject" -> "string";
            case "JSBooleanObject" -> "boolean";
            case "JSBigIntObject" -> "bigint";
            case "JSSymbolObject" -> "symbol";
            default -> null;
        };
    }

    /** "async", "generator", "asyncGenerator", "class" or "function" for JS functions; "" otherwise. */
    @HostAccess.Export
    public String functionKind(Value value) {
        Object o = engineObject(value);
        if (o == null || !kind(o).equals("function")) {
            return "";
        }
        Object data = call(o, "getFunctionData");
        if (Boolean.TRUE.equals(call(data, "isAsyncGenerator"))) {
            return "asyncGenerator";
        }
        if (Boolean.TRUE.equals(call(data, "isAsync"))) {
            return "async";
        }
        if (Boolean.TRUE.equals(call(data, "isGenerator"))) {
            return "generator";
        }
        return Boolean.TRUE.equals(call(data, "isClassConstructor")) ? "class" : "function";
    }

    /**
     * Hands the entries a Map/Set iterator has yet to produce, or those of a WeakMap/WeakSet, to
     * {@code sink(key, value)} without consuming anything. Returns the iteration kind
     * (0 keys, 1 values, 2 entries; WeakMap 2, WeakSet 0) or -1 if the value is none of these.
     */
    @HostAccess.Export
    public int previewEntries(Value value, Value sink) {
        Object o = engineObject(value);
        if (o == null) {
            return -1;
        }
        String kind = kind(o);
        if (kind.equals("weakMap") || kind.equals("weakSet")) {
            boolean isMap = kind.equals("weakMap");
            Map<?, ?> entries = (Map<?, ?>) call(o, "getWeakHashMap");
            List<Object[]> copy = new ArrayList<>();
            try {
                for (Map.Entry<?, ?> e : entries.entrySet()) {
                    copy.add(new Object[] {e.getKey(), e.getValue()});
                }
            } catch (UnsupportedOperationException e) {
                return -1; // GraalJS's ephemeron table cannot be enumerated
            }
            for (Object[] e : copy) {
                sink.execute(e[0], isMap ? e[1] : null);
            }
            return isMap ? 2 : 0;
        }
        if (!kind.equals("mapIterator") && !kind.equals("setIterator")) {
            return -1;
        }
        // GraalJS numbers the kinds key 1, value 2, key+value 3.
        int iterationKind = ((Number) call(o, "getIterationKind")).intValue() - 1;
        Object cursor = call(o, "getNextIndex");
        if (call(o, "getIteratedObject") == null || cursor == null) {
            return iterationKind; // exhausted
        }
        Object copy = call(cursor, "copy");
        while (Boolean.TRUE.equals(call(copy, "advance"))) {
            sink.execute(call(copy, "getKey"), call(copy, "getValue"));
        }
        return iterationKind;
    }

    private static Object engineObject(Value value) {
        if (RECEIVER == null) {
            return null;
        }
        try {
            return RECEIVER.get(value);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static String kind(Object engineObject) {
        return KINDS.get(engineObject.getClass());
    }

    private static Object call(Object target, String name) {
        Method m = METHODS.computeIfAbsent(target.getClass().getName() + '#' + name, k -> {
            try {
                Method found = publicMethod(target.getClass(), name);
                found.setAccessible(true);
                return found;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("GraalJS internals changed: no " + k, e);
            }
        });
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + name + " on " + target.getClass().getName(), e);
        }
    }

    private static Method publicMethod(Class<?> c, String name) throws NoSuchMethodException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return m;
                }
            }
        }
        throw new NoSuchMethodException(c.getName() + "." + name);
    }

    // Without reflection the state still shows in the engine's display string of the promise.
    private static int displayedPromiseState(Value value) {
        if (!value.hasMembers()) {
            return -1;
        }
        String shown = value.toString();
        if (!shown.startsWith("Promise{[[PromiseStatus]]: \"")) {
            return -1;
        }
        if (shown.startsWith("pending", 28)) {
            return 0;
        }
        return shown.startsWith("resolved", 28) ? 1 : 2;
    }
}
