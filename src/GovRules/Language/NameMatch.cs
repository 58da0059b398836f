namespace GovRules.Language;

/// <summary>A name of an organ, post or unit found in a token list.</summary>
/// <param name="Start">The first token.</param>
/// <param name="Length">The number of tokens.</param>
/// <param name="Id">The lexicon id, or the lower-case base form of an unknown name ("pelastuslautakunta").</param>
/// <param name="Kind">Organ, post or unit.</param>
/// <param name="Text">The name as written.</param>
/// <param name="Case">The case of the name's last (inflected) word.</param>
/// <param name="Plural">Whether the name is plural.</param>
internal sealed record NameMatch(int Start, int Length, string Id, TermKind Kind, string Text, GrammaticalCase Case, bool Plural)
{
    /// <summary>The token after the name.</summary>
    public int End => Start + Length;
}
