package id.netral.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/**
 * Refuses a number where a date, a time or an enum constant is expected, and for an enum also a string of digits (read
 * as the constant's position otherwise). Text goes on to the usual reader.
 */
class NoNumbersAsNames extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                ? new Refusing(deserializer, false) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Refusing(deserializer, true);
    }

    private static final class Refusing extends DelegatingDeserializer {
        private final boolean digitsRefused;

        Refusing(JsonDeserializer<?> delegate, boolean digitsRefused) {
            super(delegate);
            this.digitsRefused = digitsRefused;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Refusing(newDelegatee, digitsRefused);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (digitsRefused && parser.currentToken() == JsonToken.VALUE_STRING
                    && parser.getText().strip().matches("-?\\d+")) {
                return context.handleWeirdStringValue(handledType(), parser.getText(),
                        "a number is not the name of a constant");
            }
            return super.deserialize(parser, context);
        }
    }
}
