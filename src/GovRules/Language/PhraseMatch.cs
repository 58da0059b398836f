namespace GovRules.Language;

/// <summary>A lexicon phrase found at a token: the entry it names, the phrase and the number of tokens it covers.</summary>
internal readonly record struct PhraseMatch(LexiconEntry Entry, TermPhrase Phrase, int Length);
