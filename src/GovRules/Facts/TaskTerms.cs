using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The content words of a task in base form: lexicon term ids where a term occurs, names' ids, else stems.</summary>
internal sealed class TaskTerms(NameFinder names)
{
    /// <summary>The terms of a task's tokens, in order of first appearance, without duplicates.</summary>
    public List<string> Of(ReadOnlySpan<Token> tokens)
    {
        var terms = names.Matcher.EntriesIn(tokens, TermKind.Task);
        // A very long task would make the duplicate check quadratic: past 32 terms a set answers it (below, a scan is cheaper than hashing).
        HashSet<string>? seen = null;
        var found = names.Find(tokens);
        for (var n = 0; n < found.Count; n++) Add(terms, ref seen, found[n].Id);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.Lower.Length < 4 || FunctionWords.Is(token, FunctionWord.StopWord)) continue;
            Add(terms, ref seen, names.Matcher.StemOf(token));
        }
        return terms;
    }

    private static void Add(List<string> terms, ref HashSet<string>? seen, string term)
    {
        if (seen is null && terms.Count >= 32) seen = new HashSet<string>(terms, StringComparer.Ordinal);
        if (seen is null ? !terms.Contains(term) : seen.Add(term)) terms.Add(term);
    }
}
