package se.rodtrad.followup.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/** The statistical series the product keeps values for. */
@Service
@Transactional(readOnly = true)
public class Measures {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final Pattern KOLADA = Pattern.compile("[NU]\\d{5}");

    private final MeasureRepository measures;
    private final AccessPolicy access;

    Measures(MeasureRepository measures, AccessPolicy access) {
        this.measures = measures;
        this.access = access;
    }

    public List<Measure> all() {
        return measures.findAll();
    }

    public Measure measure(UUID id) {
        return measures.findById(id).orElseThrow(() -> new NotFoundException("mått", id));
    }

    public Optional<Measure> find(UUID id) {
        return id == null ? Optional.empty() : measures.findById(id);
    }

    /** The measures with these ids, read together. */
    public List<Measure> byIds(java.util.Collection<UUID> ids) {
        return measures.findByIds(ids);
    }

    /**
     * The measures named by these codes, by our code or else by Kolada id (the first such measure by code), read
     * together; a code no measure has is left out.
     */
    public java.util.Map<String, UUID> idsByCode(java.util.Collection<String> codes) {
        return measures.idsByCode(codes);
    }

    /** By our code or by Kolada id. */
    public Optional<Measure> byCode(String code) {
        return code == null ? Optional.empty() : measures.findByCode(code.strip());
    }

    /** Series of the same subject as this one but measuring something else (per sysselsatt vs per invånare). */
    public List<Measure> siblings(Measure m) {
        return measures.findBySubject(m.subject()).stream().filter(o -> !o.id().equals(m.id())).toList();
    }

    public long valueCount(UUID id) {
        return measures.valueCount(id);
    }

    @Transactional
    public Measure create(MeasureForm form) {
        CurrentUser user = access.require(Permission.IMPORT_DATA, null);
        List<FieldError> errors = new ArrayList<>();
        String code = Texts.trimToNull(form.code());
        String kolada = Texts.trimToNull(form.koladaId());
        if (code == null) {
            code = kolada;
        }
        if (code == null) {
            errors.add(new FieldError("code", "validation.required", "Kod"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "followup.validation.code", code));
        } else if (measures.findByCode(code).isPresent()) {
            errors.add(new FieldError("code", "followup.validation.codeTaken", code));
        }
        if (kolada != null) {
            if (!KOLADA.matcher(kolada).matches()) {
                errors.add(new FieldError("koladaId", "followup.validation.kolada", kolada));
            } else if (measures.findByCode(kolada).isPresent() && !kolada.equals(code)) {
                errors.add(new FieldError("koladaId", "followup.validation.codeTaken", kolada));
            }
        }
        String name = required(form.name(), "name", "Namn", 300, errors);
        String shortName = required(form.shortName(), "shortName", "Kort benämning", 120, errors);
        String subject = required(form.subject(), "subject", "Vad som mäts", 120, errors);
        String denominator = optional(form.denominator(), "denominator", "Per", 120, errors);
        String unit = optional(form.unit(), "unit", "Enhet", 60, errors);
        String description = optional(form.description(), "description", "Beskrivning", 4000, errors);
        String source = optional(form.source(), "source", "Källa", 500, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID id = measures.insert(new Measure(null, code, kolada, name, shortName, unit, subject, denominator, description, source,
                Boolean.TRUE.equals(form.byGender()), 0, null, null), user.username());
        return measure(id);
    }

    private static String required(String text, String field, String label, int max, List<FieldError> errors) {
        String t = Texts.trimToNull(text);
        if (t == null) {
            errors.add(new FieldError(field, "validation.required", label));
        } else if (t.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", label, max));
        }
        return t;
    }

    private static String optional(String text, String field, String label, int max, List<FieldError> errors) {
        String t = Texts.trimToNull(text);
        if (t != null && t.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", label, max));
        }
        return t;
    }
}
