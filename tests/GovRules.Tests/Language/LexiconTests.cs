using GovRules.Language;

namespace GovRules.Tests.Language;

/// <summary>The embedded lexicon, county lexicon folders, and name finding with it.</summary>
public class LexiconTests
{
    private static readonly NameFinder Names = new(Lexicon.Default, FinnishStemmer.Instance);

    [Theory]
    [InlineData("pelastusjohtaja", "pelastuskomentaja")]
    [InlineData("pelastusjohtaja", "pelastuslaitoksen ylin viranhaltija")]
    [InlineData("pelastusjohtaja", "pelastustoimen toimialuejohtaja")]
    [InlineData("aluehallitus", "hallitus")]
    [InlineData("aluevaltuusto", "valtuusto")]
    [InlineData("hyvinvointialuejohtaja", "Hva-johtaja")]
    [InlineData("hyvinvointilautakunta", "hyvinvoinnin ja terveyden edistämisen lautakunta")]
    [InlineData("pelastuslautakunta", "valmius ja turvallisuus -lautakunta")]
    [InlineData("kuntaneuvottelut", "kuntaneuvottelu")]
    public void Variants_resolve_to_the_term_id(string id, string variant) =>
        Lexicon.Default.Find(variant).ShouldNotBeNull().Id.ShouldBe(id);

    [Fact]
    public void Every_requirement_keyword_term_is_in_the_lexicon()
    {
        foreach (var id in (string[])["saatavuus", "saavutettavuus", "palveluverkko", "yhteensovittaminen", "palvelukokonaisuus", "kehittäminen", "tki",
            "kuntaneuvottelut", "hyte-neuvottelut", "vastuutaho", "järjestämisvastuu", "palvelutasopäätös", "sisäinen-valvonta", "riskienhallinta", "otto-oikeus"])
            Lexicon.Default.Find(id).ShouldNotBeNull(id).Kind.ShouldBe(TermKind.Task);
    }

    [Fact]
    public void A_county_lexicon_folder_adds_variants()
    {
        var dir = Directory.CreateTempSubdirectory("lexicon");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "county.yaml"), "kind: post\nterms:\n  - id: pelastusjohtaja\n    forms: [palopäällikkö]\n  - id: tietohallintojohtaja\n");
            var lexicon = LexiconLoader.Load([dir.FullName]);
            lexicon.Find("palopäällikkö")!.Id.ShouldBe("pelastusjohtaja");
            lexicon.Find("pelastuskomentaja")!.Id.ShouldBe("pelastusjohtaja");
            lexicon.Find("tietohallintojohtaja")!.Kind.ShouldBe(TermKind.Post);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_lexicon_folder_beside_a_user_rule_folder_is_found()
    {
        var county = Directory.CreateTempSubdirectory("county");
        try
        {
            var rules = Directory.CreateDirectory(Path.Combine(county.FullName, "rules"));
            Directory.CreateDirectory(Path.Combine(county.FullName, "lexicon"));
            File.WriteAllText(Path.Combine(county.FullName, "lexicon", "posts.yaml"), "kind: post\nterms:\n  - id: hyvinvointialuejohtaja\n    forms: [aluejohtaja]\n");
            LexiconLoader.LoadForRuleFolders([rules.FullName]).Find("aluejohtaja")!.Id.ShouldBe("hyvinvointialuejohtaja");
            Lexicon.Default.Find("aluejohtaja").ShouldBeNull();
        }
        finally
        {
            county.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_broken_lexicon_file_is_reported_with_its_name() =>
        Should.Throw<InvalidDataException>(() => LexiconLoader.Parse("kind: thing\nterms: []\n", "oma.yaml")).Message.ShouldContain("oma.yaml");

    // A county writes these files by hand: the message must say which line of which file is wrong, and how.
    [Theory]
    [InlineData("kind: organ\nterms:\n  - id: nuorisolautakunta\n    form: [nuorisolautakunta]\n", "oma.yaml:4: unknown field 'form' in a term")]
    [InlineData("kind: organ\nterms:\n  - id: x\n    forms: {a: b}\n", "oma.yaml:4: field 'forms' must be a list of texts")]
    [InlineData("kind: organ\nterms:\n  - forms: [jaosto]\n", "oma.yaml:3: a term has no 'id'")]
    [InlineData("kind: organ\nterms:\n  - id: x\n    kind: toimielin\n", "oma.yaml:4: 'kind' of term 'x' must be organ, post, unit or task")]
    [InlineData("kind: organ\nterms: [jaosto]\n", "oma.yaml:2: each item of 'terms' must be a mapping")]
    [InlineData("kind: organ\nkind: post\n", "oma.yaml:2: Duplicate key kind")]
    [InlineData("- organ\n", "oma.yaml:1: a lexicon file must be a mapping")]
    [InlineData("kind: organ\nterms: [\n", "oma.yaml:")]
    public void Mistakes_in_a_county_lexicon_name_the_line(string yaml, string message) =>
        Should.Throw<InvalidDataException>(() => LexiconLoader.Parse(yaml, "oma.yaml")).Message.ShouldStartWith(message);

    [Fact]
    public void A_county_file_started_but_left_empty_has_no_terms() =>
        LexiconLoader.Parse("kind: organ\nheads:\nterms:\n", "oma.yaml").Entries.ShouldBeEmpty();

    [Fact]
    public void A_county_term_may_give_one_form_without_a_list()
    {
        var file = LexiconLoader.Parse("kind: organ\nheads: jaosto\nterms:\n  - id: nuorisojaosto\n    forms: nuorten jaosto\n", "oma.yaml");
        file.Heads.ShouldBe(["jaosto"]);
        file.Entries.ShouldHaveSingleItem().Forms.Select(f => f.ToString()).ShouldBe(["nuorten jaosto"]);
    }

    [Fact]
    public void Names_are_found_with_case_and_longest_variant()
    {
        var tokens = Tokenizer.Tokenize("Pelastuslaitoksen johtaja valmistelee aluehallitukselle Palvelut ja resurssit -lautakunnan esityksen");
        var names = Names.Find(tokens);
        names.Select(n => (n.Id, n.Case)).ShouldBe([
            ("pelastusjohtaja", GrammaticalCase.Nominative),
            ("aluehallitus", GrammaticalCase.Allative),
            ("palvelut ja resurssit -lautakunta", GrammaticalCase.Genitive),
        ]);
    }

    [Fact]
    public void Unknown_compounds_are_named_by_their_head()
    {
        var names = Names.Find(Tokenizer.Tokenize("tietohallintojohtajalle ja ympäristöjaoston"));
        names.Select(n => (n.Id, n.Kind)).ShouldBe([("tietohallintojohtaja", TermKind.Post), ("ympäristöjaosto", TermKind.Organ)]);
    }
}
