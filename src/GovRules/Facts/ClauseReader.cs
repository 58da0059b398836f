using System.Runtime.InteropServices;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>
/// Reads one clause for the frames of phrasing guide §1: "X:n tehtävänä on", necessive "X:n on …ttava",
/// "X:llä on vastuu", finite task verbs in any word order (the holder is the nominative name), and the
/// copular "X on Y". Refuses "vastaa … X:lle", päättää without an elative, and toimii without an essive.
/// </summary>
internal static partial class ClauseReader
{
    /// <summary>Reads the clause.</summary>
    public static ClauseFacts Read(Clause clause)
    {
        var qualifiers = clause.Has(FunctionWord.Qualifier) ? QualifierReader.Read(clause.Tokens.Span) : AssignmentQualifiers.None;
        var facts = Tehtavana(clause) ?? Necessive(clause) ?? Possessive(clause) ?? FiniteVerbs(clause) ?? Copular(clause) ?? BareLeadIn(clause)
            ?? Subjectless(clause);
        facts.Qualifiers = qualifiers; // every frame builds a new ClauseFacts: set it in place rather than copy the record
        return facts;
    }

    // "Integraatiojohtajan tehtävänä on vastata …", "Lautakunnan tehtävänä on:".
    private static ClauseFacts? Tehtavana(Clause clause)
    {
        if (!clause.Has(FunctionWord.Tehtavana)) return null;
        for (var t = clause.First; t < clause.Tokens.Count; t++)
        {
            if (!clause.Is(t, FunctionWord.Tehtavana)) continue;
            var holder = GenitiveBefore(clause, t);
            if (holder is null) return null;
            var start = SkipAdverbsAndVerb(clause, t + 1);
            var itemVerb = FirstNonFinite(clause, start);
            return new ClauseFacts
            {
                Holders = [holder],
                Segments = [new TaskSegment(AssignmentVerb.Tehtava, TaskTokens(clause, start, clause.Tokens.Count, [holder]))],
                ItemVerb = itemVerb,
            };
        }
        return null;
    }

    // "Aluehallituksen on huolehdittava …", "Hyvinvointialuejohtajan tulee vastata …".
    private static ClauseFacts? Necessive(Clause clause)
    {
        if (!clause.Has(FunctionWord.On | FunctionWord.Modal) || !clause.HasNonFiniteVerb) return null;
        for (var k = clause.First + 1; k < clause.Tokens.Count; k++)
        {
            if (clause.Word(k) is not ("on" or "tulee")) continue;
            var holder = GenitiveBefore(clause, k);
            if (holder is null) continue;
            for (var v = k + 1; v < Math.Min(clause.Tokens.Count, k + 4); v++)
            {
                if (clause.NonFiniteVerb(v) is not { } verb) continue;
                return new ClauseFacts
                {
                    Holders = [holder],
                    Segments = [new TaskSegment(verb, TaskTokens(clause, v + 1, clause.Tokens.Count, [holder]))],
                    ItemVerb = verb,
                };
            }
        }
        return null;
    }

    // "Pelastusjohtajalla on järjestämisvastuu …" and "… viranhaltijavastuu on pelastusjohtajalla".
    private static ClauseFacts? Possessive(Clause clause)
    {
        if (!clause.Has(FunctionWord.On)) return null;
        foreach (var name in clause.Names)
        {
            if (name.Case != GrammaticalCase.Adessive) continue;
            var on = SkipAdverbs(clause, name.End);
            if (clause.Word(on) == "on" || clause.Word(on + 1) == "on")
            {
                var start = clause.Word(on) == "on" ? on + 1 : on + 2;
                if (Owns(clause.Tokens.Span[Math.Min(start, clause.Tokens.Count)..]))
                    return new ClauseFacts { Holders = [name], Segments = [new TaskSegment(AssignmentVerb.Omistaa, TaskTokens(clause, start, clause.Tokens.Count, [name]))] };
            }
            var before = name.Start - 1;
            while (before > clause.First && clause.Is(before, FunctionWord.Adverb)) before--;
            if (clause.Word(before) == "on" && Owns(clause.Tokens.Span[..Math.Max(0, before)]) && !TokenSpans.HasWord(clause.Tokens.Span[name.End..]))
                return new ClauseFacts { Holders = [name], Segments = [new TaskSegment(AssignmentVerb.Omistaa, TaskTokens(clause, clause.First, before, [name]))] };
        }
        return null;
    }

    private static bool Owns(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var word = token.Lower;
            if (word.Contains("vastuu", StringComparison.Ordinal) || word.Contains("toimivalta", StringComparison.Ordinal) || word.Contains("päätösvalta", StringComparison.Ordinal)
                || word.Contains("ratkaisuvalta", StringComparison.Ordinal) || word.StartsWith("oikeus", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // A relative clause (", jonka aluevaltuusto valitsee") belongs to the main clause's task; its verb is
    // used only when the main clause has none ("Aluehallituksessa on 13 jäsentä, joista aluevaltuusto valitsee …").
    private static ClauseFacts? FiniteVerbs(Clause clause)
    {
        if (!clause.HasFiniteVerb && !(clause.Has(FunctionWord.Modal) && clause.HasNonFiniteVerb)) return null;
        var all = VerbGroups(clause);
        if (all.Count == 0) return null;
        var relative = RelativeClauseStart(clause);
        // The groups are in clause order: the main clause's are those before the relative clause.
        var mainCount = 0;
        while (mainCount < all.Count && all[mainCount].Start < relative) mainCount++;
        var groups = CollectionsMarshal.AsSpan(all)[..(mainCount > 0 ? mainCount : all.Count)];
        var begin = mainCount > 0 ? clause.First : relative + 2;
        var first = groups[0];
        var holders = HoldersFor(clause, first.Start, first.Plural, begin, mainCount > 0 ? relative : clause.Tokens.Count);
        // ", joka on pelastuslaitoksen ylin viranhaltija" right after the holder describes the holder, not the task.
        var end = mainCount > 0 && holders.Count > 0 && holders[^1].End == relative ? relative : clause.Tokens.Count;
        var segments = new List<TaskSegment>(groups.Length);
        var refused = false;
        for (var g = 0; g < groups.Length; g++)
        {
            var from = groups[g].End;
            var to = g + 1 < groups.Length ? groups[g + 1].Start : end;
            var task = TaskTokens(clause, from, to, holders);
            if (g == 0 && first.Start > begin) task = TokenSlice.Of([.. TaskTokens(clause, begin, first.Start, holders).Span, .. task.Span]);
            if (Refuses(clause, groups[g].Verb, from, to, task)) { refused = true; continue; }
            if (!TokenSpans.HasWord(task.Span)) continue;
            segments.Add(new TaskSegment(groups[g].Verb, task));
        }
        var subjectless = holders.Count == 0 && first.Start <= SkipAdverbs(clause, clause.First);
        return new ClauseFacts { Holders = holders, Segments = segments, ItemVerb = first.Verb, Subjectless = subjectless, HasFiniteVerb = true, Refused = refused && segments.Count == 0 };
    }

    // Frames that look like assignments but are not (phrasing guide §1 traps).
    private static bool Refuses(Clause clause, AssignmentVerb verb, int from, int to, TokenSlice task) => verb switch
    {
        AssignmentVerb.Vastaa => HasAllative(clause, from, to),
        AssignmentVerb.Paattaa => clause.IsOnlyInfinitive(SkipAdverbs(clause, from)) || !HasWordEndingIn(task.Span, "sta", "stä", "staan", "stään"),
        AssignmentVerb.Toimii => HasWordStartingWith(task.Span, "alais") || !HasWordEndingIn(task.Span, "na", "nä"),
        _ => false,
    };

    private static bool HasAllative(Clause clause, int from, int to)
    {
        foreach (var name in clause.Names)
            if (name.Case == GrammaticalCase.Allative && name.Start >= from && name.Start < to) return true;
        return false;
    }

    /// <summary>Whether a word longer than four letters ends in one of <paramref name="endings"/>: an elative ("asioista"), an essive ("puheenjohtajana").</summary>
    internal static bool HasWordEndingIn(ReadOnlySpan<Token> task, params ReadOnlySpan<string> endings)
    {
        for (var i = 0; i < task.Length; i++)
        {
            var token = task[i];
            if (!token.IsWord || token.Lower.Length <= 4) continue;
            foreach (var ending in endings)
                if (token.Lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool HasWordStartingWith(ReadOnlySpan<Token> tokens, string prefix)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Lower.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    // "Pelastustoimen toimialuejohtaja on pelastuslain 26 §:n mukainen pelastusviranomainen."
    private static ClauseFacts? Copular(Clause clause)
    {
        if (clause.Names.Count == 0 || !clause.Has(FunctionWord.On)) return null;
        var name = clause.Names[0];
        if (name.Case != GrammaticalCase.Nominative || clause.Word(name.End) != "on") return null;
        if (clause.Has(FunctionWord.Subordinate)) return null;
        return new ClauseFacts { Holders = [name], Segments = [new TaskSegment(AssignmentVerb.On, TaskTokens(clause, name.End + 1, clause.Tokens.Count, [name]))] };
    }

    // "Lautakunta:" or "Aluehallitus laissa säädettyjen tehtävien lisäksi:".
    private static ClauseFacts? BareLeadIn(Clause clause)
    {
        if (!clause.EndsWithColon || clause.Names.Count == 0 || clause.Names[0].Case != GrammaticalCase.Nominative) return null;
        return new ClauseFacts { Holders = [clause.Names[0]] };
    }

    // An item with no finite verb: an infinitive (shape B), an elative or nominative noun phrase (C, D, E).
    private static ClauseFacts Subjectless(Clause clause)
    {
        var start = SkipAdverbs(clause, clause.First);
        var verb = clause.NonFiniteVerb(start);
        var taskStart = verb is null ? clause.First : start + 1;
        var segment = new TaskSegment(verb ?? AssignmentVerb.Tehtava, TaskTokens(clause, taskStart, clause.Tokens.Count, []));
        return new ClauseFacts { Segments = TokenSpans.HasWord(segment.Task.Span) ? [segment] : [], ItemVerb = verb, Subjectless = true };
    }
}
