package fr.entraide.common.error;


import java.util.Arrays;
import java.util.List;

/** Enum values in query parameters: absent means null, anything else not a value is a 400 naming the parameter. */
public final class EnumParams {

    private EnumParams() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            String last = names.get(names.size() - 1);
            throw names.size() == 1 ? ProblemException.invalid(field, "request.only-value", last)
                    : ProblemException.invalid(field, "request.one-of", String.join(", ", names.subList(0, names.size() - 1)), last);
        }
    }
}
