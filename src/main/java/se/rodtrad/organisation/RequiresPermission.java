package se.rodtrad.organisation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler whose request body is large (an import): the caller's role must grant one of these permissions before a
 * byte of the body is read. Checked by {@link RequestBodyLimits} ahead of argument binding; the use case still checks
 * the permission for the units the input names. Three 1.2 GB bodies to the Kolada import as a reader filled the heap
 * before the use case could say no (issue 21).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresPermission {

    /** Any one of these suffices. */
    Permission[] value();
}
