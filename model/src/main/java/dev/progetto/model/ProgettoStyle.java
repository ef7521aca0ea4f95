package dev.progetto.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the model: {@code get*}/{@code is*} accessors (so that Bean
 * Validation sees them), package-private generated classes exposed through nested public
 * builders, JDK collections only, singular {@code add} methods for lists.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = ImplementationVisibility.PACKAGE,
    builderVisibility = BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {
      "activity:activities",
      "country:countries",
      "municipality:municipalities",
      "category:categories",
      "exclusion:excludes",
      "sector:sectors"
    },
    defaults = @Value.Immutable(copy = true))
@interface ProgettoStyle {}
