package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A missing required field is explained in the reader's language, in the words of the schema. */
class RequiredFieldPhrasesTest {

    @Test
    void everyRequiredFieldIsDescribedInBothBooksAndTheEnglishIsTheSchemasDescription() {
        Map<String, Shape.Field> required = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Schema.KINDS.values().forEach(kind -> walk(kind, required, seen));
        assertThat(required).hasSizeGreaterThan(40);
        required.forEach((id, field) -> {
            Phrase missing = Phrase.of("key.missing", field.name(), id.substring(0, id.indexOf('.')), id);
            String description = field.description();
            assertThat(missing.hint(Language.EN)).as(id)
                    .isEqualTo("add '" + field.name() + ":', " + Character.toLowerCase(description.charAt(0))
                            + description.substring(1));
            assertThat(missing.hint(Language.DA)).as(id).doesNotContain(id).doesNotContain(description);
        });
    }

    private static void walk(Shape shape, Map<String, Shape.Field> required, Set<String> seen) {
        Shape s = shape instanceof Shape.Ref ref ? Schema.resolve(ref) : shape;
        if (s instanceof Shape.ListOf list) {
            walk(list.item(), required, seen);
        } else if (s instanceof Shape.MapOf map) {
            walk(map.value(), required, seen);
        } else if (s instanceof Shape.Obj obj && seen.add(obj.name())) {
            for (Shape.Field f : obj.fields()) {
                if (f.required()) {
                    required.put(obj.name() + "." + f.name(), f);
                }
                walk(f.shape(), required, seen);
            }
        }
    }
}
