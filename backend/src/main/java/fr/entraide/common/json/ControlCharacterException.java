package fr.entraide.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A text field of a request holds a control character it may not: a 400 naming the field. A mismatched input, so
 * that the REST layer passes it on with its JSON path.
 */
public class ControlCharacterException extends MismatchedInputException {

    public static final String SINGLE_LINE = "caractère de contrôle ou saut de ligne interdit dans ce champ";
    public static final String MULTI_LINE = "caractère de contrôle interdit dans ce champ (seuls tabulation et sauts de ligne sont admis)";

    private final String reason;

    ControlCharacterException(JsonParser parser, boolean multiLine) {
        super(parser, multiLine ? MULTI_LINE : SINGLE_LINE, String.class);
        this.reason = multiLine ? MULTI_LINE : SINGLE_LINE;
    }

    public String reason() {
        return reason;
    }
}
