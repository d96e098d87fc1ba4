package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Controllers bind, call one use case and render: no controller under {@code web/} branches on the state of the
 * domain. What a page may offer (a plan's next status, whether it may be edited) and what a use case refuses are
 * the aggregates' and policies' to say. Mechanically: code in a {@code web} package neither calls a yes/no question
 * of a domain type ({@code isDecided()}, {@code submitted()}, {@code judged()} …) nor compares with a constant of a
 * domain enum ({@code PlanStatus.DECIDED}); it asks the domain for the answer instead ({@code PlanActions},
 * {@code IndicatorAssessment.status()} …). Permissions ({@code AccessPolicy}, {@code Permission}) are the
 * security's, not the domain's state, and text helpers are no state at all.
 */
class ControllersTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.rodtrad");

    private static final Set<String> NOT_DOMAIN_STATE = Set.of("se.rodtrad.organisation.AccessPolicy", "se.rodtrad.organisation.Permission",
            "se.rodtrad.organisation.CurrentUser", "se.rodtrad.shared.domain.Texts");

    @Test
    void no_controller_branches_on_domain_state() {
        List<String> violations = violations();
        assertThat(violations).as("web code asking the domain's state instead of the domain").isEmpty();
    }

    static List<String> violations() {
        Set<String> found = new TreeSet<>();
        for (JavaClass web : CLASSES) {
            if (!web.getPackageName().contains(".web") || isMapping(web)) {
                continue;
            }
            for (JavaMethodCall call : web.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (isDomain(owner) && isQuestion(call)) {
                    found.add(where(call) + " asks " + owner.getSimpleName() + "." + call.getName() + "()");
                }
            }
            for (JavaFieldAccess access : web.getFieldAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                if (isDomain(owner) && owner.isEnum() && access.getTarget().getRawType().equals(owner)) {
                    found.add(where(access) + " compares with " + owner.getSimpleName() + "." + access.getName());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * A record that carries what the domain answered to a page or a JSON client ({@code PlanJson}, {@code RowView}):
     * copying a yes/no field is no branching.
     */
    private static boolean isMapping(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent() && top.getSimpleName().isEmpty()) {
            top = top.getEnclosingClass().get();
        }
        return top.isRecord() && top.getSimpleName().matches(".*(Json|View|Row|Form|Data)");
    }

    /** What the domain answers to "what may this reader do now" ({@code PlanActions}): a page shows its buttons by it. */
    private static boolean isAnswer(JavaClass type) {
        return type.getSimpleName().endsWith("Actions");
    }

    /** A type of the product's domain: outside every {@code web} package and outside the shared web shell. */
    private static boolean isDomain(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("se.rodtrad.") && !pkg.contains(".web") && !pkg.startsWith("se.rodtrad.shared")
                && !NOT_DOMAIN_STATE.contains(type.getName()) && !isAnswer(type);
    }

    private static boolean isQuestion(JavaMethodCall call) {
        String returned = call.getTarget().getRawReturnType().getName();
        return returned.equals("boolean") || returned.equals(Boolean.class.getName());
    }

    private static String where(JavaAccess<?> access) {
        return access.getOriginOwner().getSimpleName() + "." + access.getOrigin().getName();
    }
}
