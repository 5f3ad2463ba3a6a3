package fr.entraide.common.error;

/**
 * One invalid field of a request, as listed in a problem's {@code errors}: {@code code} says what is wrong and
 * never changes with the language, {@code message} says it in the request's language.
 */
public record FieldError(String field, String code, String message) {
}
