package se.rodtrad.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import se.rodtrad.shared.domain.Limits;
import se.rodtrad.shared.domain.TextInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text that comes in through a page or the API passes {@link TextInput}: a form field, a query parameter and a
 * path variable through the binder of every controller, a JSON string through the API's message converter. So no
 * controller, and no controller yet to be written, can store a NUL byte, a bidirectional override or a megabyte in a
 * name. A refusal is a {@link TextInput.Refused}, a {@code ValidationException} with the field, which the one error
 * handler answers 400 with the sentence (page or problem+json).
 */
@Configuration(proxyBeanMethods = false)
class TextInputBinding {

    /** The API's JSON: the product's mapper with every string read through {@link TextInput}. */
    @Bean
    JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(JsonMapper mapper) {
        SimpleModule module = new SimpleModule("rodtrad-text-input");
        module.addDeserializer(String.class, new NormalisingStrings());
        module.setDeserializerModifier(new NoNullRecordsInLists());
        return new JacksonJsonHttpMessageConverter(mapper.rebuild().addModule(module).build()) {
            // a handler that takes the body as it came (byte[], the Kolada import) gets it from the byte-array converter:
            // this bean stands before it, and JSON read into byte[] is an unreadable body
            @Override
            public boolean canRead(org.springframework.core.ResolvableType type, org.springframework.http.MediaType mediaType) {
                return type.toClass() != byte[].class && super.canRead(type, mediaType);
            }

            @Override
            public boolean canWrite(org.springframework.core.ResolvableType type, Class<?> valueClass,
                    org.springframework.http.MediaType mediaType) {
                return valueClass != byte[].class && super.canWrite(type, valueClass, mediaType);
            }
        };
    }

    @ControllerAdvice
    static class Binders {
        @InitBinder
        void normaliseText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new NormalisingEditor(binder.getObjectName()));
            if (binder.getTarget() != null) {
                // a form object: its fields by name, in the forms' camel case (koladaId, decisionReason) — only those its
                // class has: a binder is made for every object a page puts in its model, and each registration is a map entry
                for (String field : TEXT_FIELDS.get(binder.getTarget().getClass())) {
                    binder.registerCustomEditor(String.class, field, new NormalisingEditor(field));
                }
            }
        }
    }

    /** Per class: the fields with a text kind ({@link Limits#fieldsOf}) that are properties or record components of it. */
    static final ClassValue<java.util.List<String>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected java.util.List<String> computeValue(Class<?> type) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (java.beans.PropertyDescriptor d : org.springframework.beans.BeanUtils.getPropertyDescriptors(type)) {
                names.add(d.getName());
            }
            if (type.isRecord()) {
                for (var c : type.getRecordComponents()) {
                    names.add(c.getName());
                }
            }
            return java.util.stream.Stream.of(Limits.TextKind.NAME, Limits.TextKind.TEXT).flatMap(k -> Limits.fieldsOf(k).stream())
                    .filter(names::contains).toList();
        }
    };

    /**
     * A form field's or parameter's text. The editor does not learn the field's name, so the binder's object name stands
     * in (for a request parameter it is the parameter's name); a length by field kind is checked at the field in
     * {@link #kindFor(String)} when the binder binds a form object — otherwise the longest kind applies.
     */
    static final class NormalisingEditor extends PropertyEditorSupport {
        private final String objectName;

        NormalisingEditor(String objectName) {
            this.objectName = objectName;
        }

        @Override
        public void setAsText(String text) {
            setValue(TextInput.accept(objectName, text, kindFor(objectName)));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static Limits.TextKind kindFor(String name) {
        return Limits.kindOf(name);
    }

    /** Jackson's own string reading (numbers and booleans coerced as before), then {@link TextInput}, by the JSON field's name. */
    static final class NormalisingStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return TextInput.accept(fieldName(p), super.deserialize(p, ctxt));
        }

        private static String fieldName(JsonParser p) {
            for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
                if (c.currentName() != null) {
                    return c.currentName();
                }
            }
            return null;
        }
    }

    /**
     * A list of objects (rows, cells, attendance) with a {@code null} among them is unreadable input, refused as 400 naming
     * the field, like any other malformed body — every controller iterating over it met the null and answered 500 (issue 21:
     * {@code rows:[null]}, {@code cells:[null]}). Lists of plain values may hold nulls (a blank cell).
     */
    static final class NoNullRecordsInLists extends tools.jackson.databind.deser.ValueDeserializerModifier {
        @Override
        public tools.jackson.databind.ValueDeserializer<?> modifyCollectionDeserializer(tools.jackson.databind.DeserializationConfig config,
                tools.jackson.databind.type.CollectionType type, tools.jackson.databind.BeanDescription.Supplier description,
                tools.jackson.databind.ValueDeserializer<?> deserializer) {
            return type.getContentType().getRawClass().isRecord() ? new RefusingNulls(deserializer) : deserializer;
        }
    }

    static final class RefusingNulls extends tools.jackson.databind.deser.std.DelegatingDeserializer {
        RefusingNulls(tools.jackson.databind.ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected tools.jackson.databind.ValueDeserializer<?> newDelegatingInstance(tools.jackson.databind.ValueDeserializer<?> delegatee) {
            return new RefusingNulls(delegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof java.util.Collection<?> c && c.stream().anyMatch(java.util.Objects::isNull)) {
                return ctxt.reportInputMismatch(this, "a list of objects holds null");
            }
            return value;
        }
    }
}
