using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The content words of a task in base form: lexicon term ids where a term occurs, names' ids, else stems.</summary>
internal sealed class TaskTerms(NameFinder names)
{
    /// <summary>The terms of a task's tokens, in order of first appearance, without duplicates.</summary>
    public List<string> Of(ReadOnlySpan<Token> tokens) => Of(tokens, names.Find(tokens), 0);

    /// <summary>
    /// The terms of a task cut from a block whose names were already found: <paramref name="blockNames"/> (in the
    /// block's token positions), of which those wholly inside the task, which starts at <paramref name="offset"/>, count.
    /// </summary>
    public List<string> Of(ReadOnlySpan<Token> tokens, List<NameMatch> blockNames, int offset)
    {
        var terms = names.Matcher.EntriesIn(tokens, TermKind.Task);
        // A very long task would make the duplicate check quadratic: past 32 terms a set answers it (below, a scan is cheaper than hashing).
        HashSet<string>? seen = null;
        foreach (var name in blockNames)
            if (name.Start >= offset && name.End <= offset + tokens.Length) Add(terms, ref seen, name.Id);
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
