/**
 * What every module shares: domain errors that carry a Swedish message key, value objects, the
 * embedded-PostgreSQL default and the web shell (layout, language, error pages). Open to every module;
 * depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gemensamt", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.rodtrad.shared;
