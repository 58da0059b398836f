namespace GovRules.Language;

/// <summary>
/// Finnish morphology as the matcher needs it. The built-in <see cref="FinnishStemmer"/> works by suffix
/// rules with consonant-gradation-aware stem variants; a dictionary analyser (Voikko) can implement the
/// same questions without any caller changing.
/// </summary>
internal interface IFinnishAnalyzer
{
    /// <summary>Whether the lower-case word form <paramref name="word"/> is an inflected form of the lower-case base form <paramref name="baseForm"/> (the whole word, not a compound part).</summary>
    bool IsFormOf(string word, string baseForm);

    /// <summary>
    /// Whether <paramref name="word"/> is a compound whose head is an inflected form of <paramref name="head"/>
    /// ("pelastuslautakunnan" has the head "lautakunta"); <paramref name="headStart"/> is where the head begins (0 when the word is the head itself).
    /// </summary>
    bool EndsWithFormOf(string word, string head, out int headStart);

    /// <summary>The case and number of <paramref name="word"/> as a form of <paramref name="baseForm"/>; false when it is not a form of it.</summary>
    bool TryGetCase(string word, string baseForm, out GrammaticalCase grammaticalCase, out bool plural);

    /// <summary>A crude base form of a word for indexing task text: case endings stripped, never shorter than a few letters.</summary>
    string Stem(string word);
}
