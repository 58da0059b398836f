using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The pieces of a clause the frames are built from: verb groups, holders, task tokens.</summary>
internal static partial class ClauseReader
{
    /// <summary>A run of coordinated finite verbs ("valmistelee ja vastaa") sharing one subject.</summary>
    private readonly record struct VerbGroup(int Start, int End, AssignmentVerb Verb, bool Plural);

    private static List<VerbGroup> VerbGroups(Clause clause)
    {
        var groups = new List<VerbGroup>();
        for (var i = clause.First; i < clause.Tokens.Count; i++)
        {
            if (!clause.Tokens[i].IsWord) continue;
            var verb = clause.FiniteVerb(i);
            var end = i + 1;
            if (verb is null && clause.Is(i, FunctionWord.Modal) && clause.NonFiniteVerb(i + 1) is { } modalVerb)
            {
                verb = modalVerb;
                end = i + 2;
            }
            if (verb is null || clause.NameAt(i) is not null || clause.Word(i - 1) == "ei") continue;
            var word = clause.Word(i);
            var plural = word.EndsWith("vat", StringComparison.Ordinal) || word.EndsWith("vät", StringComparison.Ordinal);
            if (groups.Count > 0 && OnlyLinkersBetween(clause, groups[^1].End, i))
            {
                var last = groups[^1];
                var stronger = TaskVerbs.Strength(verb.Value) > TaskVerbs.Strength(last.Verb) ? verb.Value : last.Verb;
                groups[^1] = last with { End = end, Verb = stronger };
            }
            else groups.Add(new VerbGroup(i, end, verb.Value, plural));
            i = end - 1;
        }
        return groups;
    }

    private static bool OnlyLinkersBetween(Clause clause, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!clause.Is(k, FunctionWord.Linker)) return false;
        return true;
    }

    // Where ", joka …" begins (the comma's index); the clause length when there is none.
    internal static int RelativeClauseStart(Clause clause)
    {
        for (var i = clause.First + 1; i < clause.Tokens.Count - 1; i++)
            if (clause.Tokens[i].Is(',') && clause.Is(i + 1, FunctionWord.RelativePronoun)) return i;
        return clause.Tokens.Count;
    }

    // The nominative name(s) nearest before the verb, else the first after it ("Pelastuslaitosta johtaa pelastusjohtaja"),
    // looking only inside [begin, end): a relative clause has its own subject.
    private static List<NameMatch> HoldersFor(Clause clause, int verb, bool pluralVerb, int begin, int end)
    {
        var holders = new List<NameMatch>();
        for (var n = clause.Names.Count - 1; n >= 0; n--)
        {
            var name = clause.Names[n];
            if (name.End > verb || name.Start < begin || !IsSubject(name, pluralVerb)) continue;
            holders.Add(name);
            for (var m = n - 1; m >= 0 && clause.Names[m].Start >= begin; m--)
            {
                if (clause.Names[m].Case != GrammaticalCase.Nominative) continue;
                if (!Coordinated(clause, clause.Names[m].End, holders[^1].Start)) break;
                holders.Add(clause.Names[m]);
            }
            holders.Reverse();
            return holders;
        }
        foreach (var name in clause.Names)
        {
            if (name.Start < verb || name.End > end || !IsSubject(name, pluralVerb)) continue;
            holders.Add(name);
            foreach (var next in clause.Names)
            {
                if (next.Start <= name.Start) continue;
                if (next.Case != GrammaticalCase.Nominative || !OnlyCoordination(clause, holders[^1].End, next.Start)) break;
                holders.Add(next);
            }
            return holders;
        }
        return holders;
    }

    private static bool IsSubject(NameMatch name, bool pluralVerb) => name.Case == GrammaticalCase.Nominative && (pluralVerb || !name.Plural);

    // "Toimialajohtajat, pelastusjohtaja ja johtamisen tason 1 johtajat": a conjunction, then at most a short attribute.
    private static bool Coordinated(Clause clause, int from, int to)
    {
        if (to <= from || to - from > 5 || clause.Word(from) is not ("ja" or "sekä" or "tai" or ",")) return false;
        for (var k = from; k < to; k++)
            if (clause.FiniteVerb(k) is not null || clause.Word(k) is "on" or "ovat" || clause.Tokens[k].Is('.')) return false;
        return true;
    }

    private static bool OnlyCoordination(Clause clause, int from, int to)
    {
        if (to <= from) return false;
        for (var k = from; k < to; k++)
            if (clause.Word(k) is not ("ja" or "sekä" or "tai" or ",")) return false;
        return true;
    }

    private static NameMatch? GenitiveBefore(Clause clause, int index)
    {
        var k = index - 1;
        while (k >= clause.First && clause.Is(k, FunctionWord.Adverb)) k--;
        var name = clause.NameAt(k);
        return name is { Case: GrammaticalCase.Genitive } && name.End == k + 1 ? name : null;
    }

    private static int SkipAdverbs(Clause clause, int i)
    {
        while (i < clause.Tokens.Count && (clause.Is(i, FunctionWord.Adverb) || clause.Tokens[i].Is(','))) i++;
        return i;
    }

    // After "tehtävänä": adverbs and the verb of the frame ("on", "kuuluu", "ovat").
    private static int SkipAdverbsAndVerb(Clause clause, int i)
    {
        while (i < clause.Tokens.Count && (clause.Is(i, FunctionWord.Adverb) || clause.Word(i) is "on" or "kuuluu" or "ovat" || clause.Tokens[i].Is(','))) i++;
        return i;
    }

    private static AssignmentVerb? FirstNonFinite(Clause clause, int start) =>
        clause.NonFiniteVerb(SkipAdverbs(clause, start));

    // The task: the tokens in range without the holders, a person's name after a holder, and edge punctuation.
    // Most tasks hold no holder inside their range: those are a slice of the clause, not a copy.
    private static TokenSlice TaskTokens(Clause clause, int from, int to, IReadOnlyList<NameMatch> holders)
    {
        var begin = Math.Max(from, clause.First);
        if (!AnyIn(holders, begin, to))
        {
            while (begin < to && IsLeadingPunctuation(clause.Tokens[begin])) begin++;
            while (to > begin && IsTrailingPunctuation(clause.Tokens[to - 1])) to--;
            return clause.Tokens.Slice(begin, Math.Max(0, to - begin));
        }
        var task = new Token[Math.Max(0, to - begin)];
        var count = 0;
        var afterHolder = false;
        for (var i = begin; i < to; i++)
        {
            var token = clause.Tokens[i];
            if (Covers(holders, i)) { afterHolder = true; continue; }
            if (afterHolder && token.IsWord && token.IsCapitalised && clause.NameAt(i) is null) continue;
            afterHolder = false;
            task[count++] = token;
        }
        var first = 0;
        while (first < count && IsLeadingPunctuation(task[first])) first++;
        while (count > first && IsTrailingPunctuation(task[count - 1])) count--;
        return new TokenSlice(task, first, count - first);
    }

    private static bool IsLeadingPunctuation(Token token) => !token.IsWord && !token.Is('(') && !token.Is('"');

    private static bool IsTrailingPunctuation(Token token) => !token.IsWord && !token.Is(')') && !token.Is('"') && !char.IsDigit(token.Text[0]);

    private static bool AnyIn(IReadOnlyList<NameMatch> names, int from, int to)
    {
        for (var n = 0; n < names.Count; n++)
            if (names[n].Start < to && names[n].End > from) return true;
        return false;
    }

    private static bool Covers(IReadOnlyList<NameMatch> names, int token)
    {
        for (var n = 0; n < names.Count; n++)
            if (token >= names[n].Start && token < names[n].End) return true;
        return false;
    }
}
