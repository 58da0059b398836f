namespace GovRules.Language;

/// <summary>
/// Finds names of organs, posts and units in tokens: lexicon phrases first (longest wins), then unknown
/// compounds by their head ("pelastuslautakunnan" → organ "pelastuslautakunta") and space-hyphen names
/// ("Palvelut ja resurssit -lautakunnalle"). Caches live in the shared LexiconMatcher.
/// </summary>
internal sealed class NameFinder(Lexicon lexicon, IFinnishAnalyzer analyzer)
{
    private readonly LexiconMatcher matcher = LexiconMatcher.For(lexicon, analyzer);

    /// <summary>The lexicon names are read from.</summary>
    public Lexicon Lexicon => lexicon;

    /// <summary>The analyser used for inflection.</summary>
    public IFinnishAnalyzer Analyzer => analyzer;

    /// <summary>The cached lexicon matcher.</summary>
    public LexiconMatcher Matcher => matcher;

    /// <summary>Every name in <paramref name="tokens"/>, left to right, not overlapping.</summary>
    public List<NameMatch> Find(ReadOnlySpan<Token> tokens)
    {
        var found = new List<NameMatch>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var word = matcher.WordsOf(tokens[i]);
            if (ReferenceEquals(word, WordMatches.None)) continue;
            var match = FromLexicon(tokens, i, word) ?? FromHead(tokens, i, word);
            if (match is null) continue;
            while (found.Count > 0 && found[^1].End > match.Start) found.RemoveAt(found.Count - 1);
            found.Add(match);
            i = match.End - 1;
        }
        return found;
    }

    private NameMatch? FromLexicon(ReadOnlySpan<Token> tokens, int i, WordMatches word)
    {
        if (matcher.NameAt(tokens, i, word) is not var (entry, phrase, length)) return null;
        var (grammaticalCase, plural) = matcher.PhraseCaseOf(tokens[i + length - 1], phrase.Last);
        return new NameMatch(i, length, entry.Id, entry.Kind, Join(tokens, i, length), grammaticalCase, plural);
    }

    private NameMatch? FromHead(ReadOnlySpan<Token> tokens, int i, WordMatches matches)
    {
        var word = tokens[i].Lower;
        if (matches.NameHead is not { } nameHead) return null;
        var (head, start, grammaticalCase, plural) = nameHead;
        var kind = lexicon.Head(head)!.Kind;
        if (word[0] == '-' && i >= 1 && tokens[i - 1].IsWord)
        {
            var first = i >= 3 && tokens[i - 2].Lower is "ja" or "sekä" && tokens[i - 3].IsWord ? i - 3 : i - 1;
            var id = new System.Text.StringBuilder();
            for (var k = first; k < i; k++) id.Append(tokens[k].Lower).Append(' ');
            id.Append('-').Append(head);
            return new NameMatch(first, i - first + 1, id.ToString(), kind, Join(tokens, first, i - first + 1), grammaticalCase, plural);
        }
        if (i >= 2 && tokens[i - 1].Lower is "ja" or "sekä" && tokens[i - 2].IsWord && tokens[i - 2].Lower.EndsWith('-') && start > 0)
        {
            // "Järjestämis- ja asiakkuusjohtaja": one post whose name shares the head (a plural would have been expanded).
            var id = tokens[i - 2].Lower + " " + tokens[i - 1].Lower + " " + word[..start] + head;
            return new NameMatch(i - 2, 3, id, kind, Join(tokens, i - 2, 3), grammaticalCase, plural);
        }
        return new NameMatch(i, 1, nameHead.Id, kind, tokens[i].Text, grammaticalCase, plural);
    }

    private static string Join(ReadOnlySpan<Token> tokens, int start, int length)
    {
        if (length == 1) return tokens[start].Text;
        var builder = new System.Text.StringBuilder(tokens[start].Text);
        for (var k = start + 1; k < start + length; k++) builder.Append(' ').Append(tokens[k].Text);
        return builder.ToString();
    }
}
