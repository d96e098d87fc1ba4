package se.rodtrad.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Targets are kept as jsonb: the form and only the parameters it uses. */
final class TargetCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private TargetCodec() {
    }

    static String write(Target target) {
        return target == null ? null : JSON.writeValueAsString(target);
    }

    static String writeAll(List<Target> targets) {
        return targets == null || targets.isEmpty() ? null : JSON.writeValueAsString(targets);
    }

    static Target read(String json) {
        return json == null ? null : JSON.readValue(json, Target.class);
    }

    static List<Target> readAll(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Target>>() { });
    }
}
