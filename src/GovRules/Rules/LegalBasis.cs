namespace GovRules.Rules;

/// <summary>How far the legal basis of a rule was verified (shared/legal/requirements.md).</summary>
public enum Verification
{
    /// <summary>The statute's own text was read.</summary>
    StatuteText,

    /// <summary>The statute text is quoted verbatim in public preparation material.</summary>
    Quoted,

    /// <summary>Section number and content from authorities' or counties' documents that cite it.</summary>
    Secondary,

    /// <summary>Section number inferred from the parallel structure of kuntalaki 410/2015.</summary>
    Inferred,

    /// <summary>Not confirmed; never the basis of an error-severity rule.</summary>
    Unverified,
}

/// <summary>How serious a failing rule is.</summary>
public enum Severity
{
    /// <summary>The draft does not meet the law.</summary>
    Error,

    /// <summary>The draft probably does not meet the law, or the basis is not fully verified.</summary>
    Warning,

    /// <summary>Worth knowing; not a defect.</summary>
    Info,
}

/// <summary>The language of user-facing text.</summary>
public enum TextLanguage
{
    /// <summary>Finnish, the default.</summary>
    Fi,

    /// <summary>English.</summary>
    En,
}

/// <summary>A text in Finnish and English.</summary>
/// <param name="Fi">The Finnish text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Fi, string En)
{
    /// <summary>The text in <paramref name="language"/>, falling back to Finnish when the English text is empty.</summary>
    public string In(TextLanguage language) => language == TextLanguage.En && En.Length > 0 ? En : Fi;
}

/// <summary>One legal source a rule rests on.</summary>
/// <param name="Act">The act, e.g. "611/2021" or "pelastuslaki 379/2011".</param>
/// <param name="Section">The section as verified, e.g. "14 §" or "26 § 2 mom."; never guessed.</param>
/// <param name="Url">A link to the statute (Finlex), when known.</param>
/// <param name="Verification">How far the basis was verified.</param>
public sealed record LegalBasis(string Act, string Section, string? Url, Verification Verification);
