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
