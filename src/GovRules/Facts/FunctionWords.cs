using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The closed word classes the clause reader and task terms test again and again.</summary>
[Flags]
internal enum FunctionWord
{
    None = 0,

    /// <summary>Joins coordinated verbs: ja, sekä, tai, the comma, myös, lisäksi.</summary>
    Linker = 1 << 8,

    /// <summary>Skipped between a holder and its verb: lisäksi, myös, muun muassa, erityisesti, osaltaan, …</summary>
    Adverb = 1 << 9,

    /// <summary>voi, saa, tulee (+ an infinitive), singular or plural.</summary>
    Modal = 1 << 10,

    /// <summary>joka, jonka, jotka, … — starts a relative clause after a comma.</summary>
    RelativePronoun = 1 << 11,

    /// <summary>Never a task term: conjunctions, pronouns, "mukaan", "laissa säädettyjen tehtävien", …</summary>
    StopWord = 1 << 12,

    /// <summary>Says nothing of a task on its own ("muun muassa seuraavista tehtävistä"): a clause of only these introduces items.</summary>
    EmptyTask = 1 << 13,

    /// <summary>tehtävänä, tehtävänään, tehtäviin: the "X:n tehtävänä on" frame.</summary>
    Tehtavana = 1 << 14,

    /// <summary>"on": the possessive, necessive and copular frames need it.</summary>
    On = 1 << 15,

    /// <summary>siirtää, delegoida and their forms (<see cref="DelegationReader"/>).</summary>
    DelegationVerb = 1 << 16,

    /// <summary>alainen, alaisena, alaisuudessa, …: a reporting line, never a copular task.</summary>
    Subordinate = 1 << 17,

    /// <summary>A word <see cref="QualifierReader"/> reads: muun muassa, osaltaan, lisäksi, ellei, ….</summary>
    Qualifier = 1 << 18,
}

/// <summary>
/// Sorts words into <see cref="FunctionWord"/> classes and task-verb forms (<see cref="TaskVerbs"/>), once per distinct
/// word: the answer is kept on the word (<see cref="WordForm.ClassesBy"/>), so testing a token is a field read.
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "ja", "sekä", "tai", ",", "myös", "lisäksi" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "lisäksi", "myös", "muun", "muassa", "mm", ".", "erityisesti", "osaltaan", "esimerkiksi", "esim", "kuitenkin",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "voi", "voivat", "saa", "saavat", "tulee", "tulevat" };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal)
    {
        "joka", "jonka", "jota", "jossa", "josta", "johon", "jolla", "jolta", "jolle", "jona", "joksi",
        "jotka", "joiden", "joita", "joissa", "joista", "joihin", "joilla", "joilta", "joille", "joina", "joiksi",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "ja", "sekä", "tai", "eli", "että", "jotta", "kun", "jos", "joka", "jonka", "jotka", "joiden", "mitä", "siitä", "sen", "myös", "muun", "muassa",
        "mm", "esim", "lisäksi", "osaltaan", "kanssa", "mukaan", "mukaisesti", "mukaisten", "mukaiset", "mukainen", "nojalla", "osalta", "alaisena", "on", "ovat",
        "ei", "voi", "tulee", "niin", "kuin", "se", "ne", "hän", "alueen", "hyvinvointialueen", "laissa", "säädettyjen", "tehtävien", "seuraavista",
    };

    private static readonly HashSet<string> EmptyTaskWords = new(StringComparer.Ordinal)
    {
        "ja", "sekä", "tai", "muun", "muassa", "mm", "lisäksi", "myös", "seuraavista", "seuraavat", "seuraavaa", "seuraavia", "seuraavien", "seuraavasti", "asioista",
        "tehtävistä", "tehtävät", "osaltaan", "erityisesti", "esimerkiksi", "esim", "laissa", "säädettyjen", "tehtävien", "lakisääteisten", "muiden",
        "lain", "mukaisten", "erikseen", "säädettyjä", "tehtäviä", "hallintosäännössä", "muualla", "määrättyjen", "alueellaan", "alueella",
    };

    private static readonly WordClassifier Classifier = new(Classify);

    /// <summary>The classes of the token's word, with its task-verb forms in the low bits.</summary>
    public static int Of(Token token) => token.Word.ClassesBy(Classifier);

    /// <summary>Whether the token's word is of <paramref name="wordClass"/>.</summary>
    public static bool Is(Token token, FunctionWord wordClass) => (Of(token) & (int)wordClass) != 0;

    private static int Classify(string word)
    {
        var classes = TaskVerbs.Classify(word);
        if (Linkers.Contains(word)) classes |= (int)FunctionWord.Linker;
        if (Adverbs.Contains(word)) classes |= (int)FunctionWord.Adverb;
        if (Modals.Contains(word)) classes |= (int)FunctionWord.Modal;
        if (RelativePronouns.Contains(word)) classes |= (int)FunctionWord.RelativePronoun;
        if (StopWords.Contains(word)) classes |= (int)FunctionWord.StopWord;
        if (EmptyTaskWords.Contains(word)) classes |= (int)FunctionWord.EmptyTask;
        if (word is "tehtävänä" or "tehtävänään" or "tehtäviin") classes |= (int)FunctionWord.Tehtavana;
        if (word == "on") classes |= (int)FunctionWord.On;
        if (DelegationReader.IsDelegationVerb(word)) classes |= (int)FunctionWord.DelegationVerb;
        if (word.StartsWith("alais", StringComparison.Ordinal) || word == "alainen") classes |= (int)FunctionWord.Subordinate;
        if (QualifierReader.IsCue(word)) classes |= (int)FunctionWord.Qualifier;
        return classes;
    }
}
