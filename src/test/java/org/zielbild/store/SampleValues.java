package org.zielbild.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Message;

/**
 * Makes a value of any type the session files may hold, by reflection: records through their
 * canonical constructor, enums, strings, numbers, java.time, lists/sets/maps, {@link Message} and
 * {@link Change} (any catalog type). A type it cannot make fails with a message that says what to
 * do: the store maps exactly these shapes, so a new type outside them must not slip through.
 */
final class SampleValues {

    private static final String[] TEXTS = {"Anna", "Jörg 🎯", "\"quoted\" \\ back", "line\nbreak", "\u0000\u001f", "lone\uD800",
        "", "Grüße aus Köln", "日本語", "tab\t"};

    private final Random random;
    private int depth;

    SampleValues(long seed) {
        this.random = new Random(seed);
    }

    @SuppressWarnings("unchecked")
    <T> T of(Class<T> type) {
        return (T) of((Type) type);
    }

    Object of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            int n = depth > 3 ? 0 : 1 + random.nextInt(3);
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(nested(args[0]));
                }
                return list;
            }
            if (Set.class.isAssignableFrom(raw)) {
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(nested(args[0]));
                }
                return set;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(nested(args[0]), nested(args[1]));
                }
                return map;
            }
            throw unsupported(type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(1000);
        }
        if (c == int.class || c == Integer.class) {
            return random.nextInt(2001) - 1000;
        }
        if (c == long.class || c == Long.class) {
            return random.nextLong();
        }
        if (c == double.class || c == Double.class) {
            return random.nextDouble() * 1000 - 500;
        }
        if (c == float.class || c == Float.class) {
            return random.nextFloat();
        }
        if (c == short.class || c == Short.class) {
            return (short) random.nextInt(1000);
        }
        if (c == java.math.BigDecimal.class) {
            return java.math.BigDecimal.valueOf(random.nextInt(100_000), 2);
        }
        if (c == java.math.BigInteger.class) {
            return java.math.BigInteger.valueOf(random.nextLong());
        }
        if (c == java.util.UUID.class) {
            return new java.util.UUID(random.nextLong(), random.nextLong());
        }
        if (c == boolean.class || c == Boolean.class) {
            return random.nextBoolean();
        }
        if (c.isEnum()) {
            Object[] values = c.getEnumConstants();
            return values[random.nextInt(values.length)];
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (c == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.of(2026, 11, 23, random.nextInt(24), random.nextInt(60), random.nextInt(60));
        }
        if (c == LocalTime.class) {
            return LocalTime.of(random.nextInt(24), random.nextInt(60));
        }
        if (c == Duration.class) {
            return Duration.ofMillis(random.nextInt(10_000_000));
        }
        if (c == ZonedDateTime.class) {
            return ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.ofHours(1));
        }
        if (c == Message.class) {
            return message();
        }
        if (c == Change.class) {
            List<Class<? extends Change>> all = List.copyOf(ChangeCatalog.all().values());
            return nested(all.get(random.nextInt(all.size())));
        }
        if (c.isRecord()) {
            return record(c);
        }
        throw unsupported(type);
    }

    private Object nested(Type type) {
        depth++;
        try {
            return of(type);
        } finally {
            depth--;
        }
    }

    private Message message() {
        List<Object> args = new ArrayList<>();
        args.add(random.nextInt(100));
        args.add("text " + random.nextInt(100));
        args.add(5_000_000_000L + random.nextInt(100));
        args.add(Instant.ofEpochSecond(1_800_000_000L));
        args.add(LocalDate.of(2026, 11, 23));
        args.add(2.5);
        args.add(true);
        if (depth < 2) {
            depth++;
            args.add(message());
            depth--;
        }
        return new Message("key." + random.nextInt(10), args);
    }

    private Object record(Class<?> c) {
        RecordComponent[] parts = c.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = nested(parts[i].getGenericType());
            }
            try {
                Constructor<?> ctor = c.getDeclaredConstructor(types);
                ctor.setAccessible(true);
                return ctor.newInstance(values);
            } catch (java.lang.reflect.InvocationTargetException e) {
                last = new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the canonical constructor of " + c.getName() + " refused 20 random samples", last);
    }

    private static AssertionError unsupported(Type type) {
        return new AssertionError("The session store cannot map " + type.getTypeName() + ": session data must be records, "
                + "enums, strings, numbers, booleans, java.time values, List/Set/Map of those, Message or Change "
                + "(see docs/decisions/0021).");
    }
}
