using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The task verbs of governance text: finite forms (singular and plural), infinitives and necessive participles.</summary>
internal static class TaskVerbs
{
    private static readonly (string Finite, string Infinitive, string Participle, AssignmentVerb Kind)[] Verbs =
    [
        ("vastaa", "vastata", "vastattava", AssignmentVerb.Vastaa),
        ("päättää", "päättää", "päätettävä", AssignmentVerb.Paattaa),
        ("johtaa", "johtaa", "johdettava", AssignmentVerb.Johtaa),
        ("toimii", "toimia", "toimittava", AssignmentVerb.Toimii),
        ("huolehtii", "huolehtia", "huolehdittava", AssignmentVerb.Huolehtii),
        ("valmistelee", "valmistella", "valmisteltava", AssignmentVerb.Valmistelee),
        ("seuraa", "seurata", "seurattava", AssignmentVerb.Muu),
        ("hyväksyy", "hyväksyä", "hyväksyttävä", AssignmentVerb.Muu),
        ("ohjaa", "ohjata", "ohjattava", AssignmentVerb.Muu),
        ("edistää", "edistää", "edistettävä", AssignmentVerb.Muu),
        ("asettaa", "asettaa", "asetettava", AssignmentVerb.Muu),
        ("valitsee", "valita", "valittava", AssignmentVerb.Muu),
        ("valvoo", "valvoa", "valvottava", AssignmentVerb.Muu),
        ("nimeää", "nimetä", "nimettävä", AssignmentVerb.Muu),
        ("kehittää", "kehittää", "kehitettävä", AssignmentVerb.Muu),
        ("koordinoi", "koordinoida", "koordinoitava", AssignmentVerb.Muu),
        ("toteuttaa", "toteuttaa", "toteutettava", AssignmentVerb.Muu),
        ("järjestää", "järjestää", "järjestettävä", AssignmentVerb.Muu),
        ("antaa", "antaa", "annettava", AssignmentVerb.Muu),
        ("käsittelee", "käsitellä", "käsiteltävä", AssignmentVerb.Muu),
        ("ratkaisee", "ratkaista", "ratkaistava", AssignmentVerb.Muu),
        ("arvioi", "arvioida", "arvioitava", AssignmentVerb.Muu),
        ("laatii", "laatia", "laadittava", AssignmentVerb.Muu),
        ("sovittaa", "sovittaa", "sovitettava", AssignmentVerb.Muu),
        ("edustaa", "edustaa", "edustettava", AssignmentVerb.Muu),
        ("raportoi", "raportoida", "raportoitava", AssignmentVerb.Muu),
        ("tukee", "tukea", "tuettava", AssignmentVerb.Muu),
        ("vahvistaa", "vahvistaa", "vahvistettava", AssignmentVerb.Muu),
        ("määrää", "määrätä", "määrättävä", AssignmentVerb.Muu),
        ("hoitaa", "hoitaa", "hoidettava", AssignmentVerb.Muu),
        ("neuvottelee", "neuvotella", "neuvoteltava", AssignmentVerb.Muu),
        ("myöntää", "myöntää", "myönnettävä", AssignmentVerb.Muu),
        ("perustaa", "perustaa", "perustettava", AssignmentVerb.Muu),
        ("esittelee", "esitellä", "esiteltävä", AssignmentVerb.Muu),
        ("allekirjoittaa", "allekirjoittaa", "allekirjoitettava", AssignmentVerb.Muu),
        ("tarkastaa", "tarkastaa", "tarkastettava", AssignmentVerb.Muu),
        ("tekee", "tehdä", "tehtävä", AssignmentVerb.Muu),
        ("linjaa", "linjata", "linjattava", AssignmentVerb.Muu),
        ("varmistaa", "varmistaa", "varmistettava", AssignmentVerb.Muu),
        ("ylläpitää", "ylläpitää", "ylläpidettävä", AssignmentVerb.Muu),
        ("hallinnoi", "hallinnoida", "hallinnoitava", AssignmentVerb.Muu),
        ("tuottaa", "tuottaa", "tuotettava", AssignmentVerb.Muu),
        ("kutsuu", "kutsua", "kutsuttava", AssignmentVerb.Muu),
    ];

    private static readonly Dictionary<string, AssignmentVerb> Finite = BuildFinite();
    private static readonly Dictionary<string, AssignmentVerb> NonFinite = BuildNonFinite();

    // A word's verb forms in the low byte of its FunctionWords classes: finite kind + 1 in bits 0-3, non-finite kind + 1 in bits 4-7.
    private const int KindBits = 4;
    private const int KindMask = (1 << KindBits) - 1;

    /// <summary>The verb kind of a finite form ("vastaa", "vastaavat"); null when the token is not a task verb.</summary>
    public static AssignmentVerb? FiniteKind(Token token) => KindOf(FunctionWords.Of(token) & KindMask);

    /// <summary>The verb kind of an infinitive ("vastata") or a necessive participle ("huolehdittava"); null otherwise.</summary>
    public static AssignmentVerb? NonFiniteKind(Token token) => KindOf((FunctionWords.Of(token) >> KindBits) & KindMask);

    /// <summary>Whether any of the words whose classes were OR-ed into <paramref name="classes"/> is a finite task verb.</summary>
    public static bool AnyFinite(int classes) => (classes & KindMask) != 0;

    /// <summary>Whether any of the words whose classes were OR-ed into <paramref name="classes"/> is an infinitive or a necessive participle.</summary>
    public static bool AnyNonFinite(int classes) => ((classes >> KindBits) & KindMask) != 0;

    /// <summary>Whether the token is an infinitive of a task verb (not also its finite form).</summary>
    public static bool IsOnlyInfinitive(Token token) => NonFiniteKind(token) is not null && FiniteKind(token) is null;

    /// <summary>The verb-form bits of a lower-case word, for <see cref="FunctionWords"/>.</summary>
    public static int Classify(string word) =>
        (Finite.TryGetValue(word, out var finite) ? (int)finite + 1 : 0) | ((NonFinite.TryGetValue(word, out var nonFinite) ? (int)nonFinite + 1 : 0) << KindBits);

    private static AssignmentVerb? KindOf(int bits) => bits == 0 ? null : (AssignmentVerb)(bits - 1);

    /// <summary>Ranks verb kinds when verbs are coordinated ("valmistelee ja vastaa"): the strongest wording wins.</summary>
    public static int Strength(AssignmentVerb verb) => verb switch
    {
        AssignmentVerb.Vastaa => 9,
        AssignmentVerb.Paattaa => 8,
        AssignmentVerb.Johtaa => 7,
        AssignmentVerb.Huolehtii => 6,
        AssignmentVerb.Toimii => 5,
        AssignmentVerb.Valmistelee => 4,
        _ => 1,
    };

    private static Dictionary<string, AssignmentVerb> BuildFinite()
    {
        var forms = new Dictionary<string, AssignmentVerb>(StringComparer.Ordinal);
        foreach (var (finite, _, _, kind) in Verbs)
        {
            forms.TryAdd(finite, kind);
            foreach (var plural in PluralsOf(finite)) forms.TryAdd(plural, kind);
        }
        return forms;
    }

    private static Dictionary<string, AssignmentVerb> BuildNonFinite()
    {
        var forms = new Dictionary<string, AssignmentVerb>(StringComparer.Ordinal);
        foreach (var (_, infinitive, participle, kind) in Verbs)
        {
            forms.TryAdd(infinitive, kind);
            forms.TryAdd(participle, kind);
        }
        return forms;
    }

    // vastaa → vastaavat but johtaa → johtavat (the verb type decides, so both are listed);
    // huolehtii → huolehtivat, hyväksyy → hyväksyvät, koordinoi → koordinoivat.
    private static IEnumerable<string> PluralsOf(string finite)
    {
        var ending = finite.AsSpan().IndexOfAny("aou") >= 0 ? "vat" : "vät";
        if (finite.EndsWith("oi", StringComparison.Ordinal)) return [finite + ending];
        return finite[^1] is 'a' or 'ä' ? [finite[..^1] + ending, finite + ending] : [finite[..^1] + ending];
    }
}
