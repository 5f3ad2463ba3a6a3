package fr.entraide.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.entraide.common.Texts;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every text read from a JSON request goes through here, so that no route can forget it: control characters are
 * refused with a 400 naming the field ({@link Texts#hasForbiddenControl}); fields marked {@link MultiLine} keep
 * their line breaks and tabs.
 */
@Singleton
public class SafeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("safe-strings").addDeserializer(String.class, new Deserializer(false)));
    }

    static final class Deserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        Deserializer(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
            return multi == multiLine ? this : new Deserializer(multi);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && Texts.hasForbiddenControl(value, multiLine)) {
                throw new ControlCharacterException(parser, multiLine);
            }
            return value;
        }
    }
}
