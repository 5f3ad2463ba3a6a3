package fr.entraide.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A text field of a request holds a control character it may not: a 400 naming the field. A mismatched input, so
 * that the REST layer passes it on with its JSON path.
 */
public class ControlCharacterException extends MismatchedInputException {

    /** Problem codes: no control character nor line break / none but tabs and line breaks. */
    public static final String SINGLE_LINE = "text.control-character";
    public static final String MULTI_LINE = "text.control-character-multiline";

    private final String code;

    ControlCharacterException(JsonParser parser, boolean multiLine) {
        super(parser, multiLine ? "control character in a multi-line text" : "control character or line break in a text",
                String.class);
        this.code = multiLine ? MULTI_LINE : SINGLE_LINE;
    }

    public String code() {
        return code;
    }
}
