namespace GovRules.Language;

/// <summary>A lexicon phrase that may start at a word, with the entry it names.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Phrase">One of the entry's phrases.</param>
/// <param name="Rank">Its place among all phrases: most words first, then lexicon order (the first that matches is the longest).</param>
internal sealed record PhraseStart(LexiconEntry Entry, TermPhrase Phrase, int Rank);
