using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GovRules.Compilation;

/// <summary>
/// Inspects the BOUND symbols of every expression in the generated source: each invoked or referenced member,
/// each created or converted-to type, each user-defined conversion. Anything outside <see cref="SandboxPolicy"/>
/// is reported with the symbol's name at the rule file's line and column.
/// </summary>
internal static class SandboxChecker
{
    public static IReadOnlyList<(Location Location, string Message)> Check(SemanticModel model, SyntaxNode root)
    {
        var found = new List<(SyntaxNode Node, string Message)>();
        void Report(SyntaxNode node, string message) => found.Add((node, message));

        foreach (var node in root.DescendantNodes())
        {
            if (RefuseSyntax(node) is { } syntaxReason)
            {
                Report(node, syntaxReason);
                continue;
            }
            foreach (var symbol in SymbolsOf(model, node))
                if (RefuseSymbol(symbol) is { } reason) Report(node, reason);
            if (node is ExpressionSyntax expression)
            {
                var info = model.GetTypeInfo(expression);
                if ((SandboxPolicy.Refuse(info.Type) ?? SandboxPolicy.Refuse(info.ConvertedType)) is { } typeReason) Report(node, typeReason);
                var conversion = model.GetConversion(expression);
                if (conversion.MethodSymbol is { } op && SandboxPolicy.RefuseMember(op) is { } opReason) Report(node, opReason);
            }
            if (node is AssignmentExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or ArgumentSyntax
                && WrittenSymbol(model, node) is { IsStatic: true } written)
                Report(node, $"writing static state ({written.ToDisplayString()}) is not allowed in a rule expression; rules are pure functions");
        }
        return Innermost(found);
    }

    /// <summary>Keeps the innermost violation of each nested chain (the one that names the forbidden symbol itself), once per message.</summary>
    private static IReadOnlyList<(Location Location, string Message)> Innermost(List<(SyntaxNode Node, string Message)> found) =>
        found.Where(outer => !found.Any(inner => inner.Node != outer.Node && outer.Node.Span.Contains(inner.Node.Span)))
            .DistinctBy(v => (v.Node.GetLocation().GetMappedLineSpan().StartLinePosition.Line, v.Message))
            .Select(v => (v.Node.GetLocation(), v.Message))
            .ToList();

    private static IEnumerable<ISymbol> SymbolsOf(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case ExpressionSyntax or ConstructorInitializerSyntax or AttributeSyntax or SelectOrGroupClauseSyntax:
                if (model.GetSymbolInfo(node).Symbol is { } symbol) yield return symbol;
                break;
            case QueryClauseSyntax clause:
                var query = model.GetQueryClauseInfo(clause);
                if (query.CastInfo.Symbol is { } cast) yield return cast;
                if (query.OperationInfo.Symbol is { } operation) yield return operation;
                break;
            case OrderingSyntax ordering:
                if (model.GetSymbolInfo(ordering).Symbol is { } order) yield return order;
                break;
            case CommonForEachStatementSyntax loop:
                var each = model.GetForEachStatementInfo(loop);
                foreach (var member in new ISymbol?[] { each.GetEnumeratorMethod, each.MoveNextMethod, each.CurrentProperty, each.DisposeMethod })
                    if (member is not null) yield return member;
                break;
        }
    }

    private static string? RefuseSymbol(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IDiscardSymbol or ILabelSymbol => null,
        IAliasSymbol alias => RefuseSymbol(alias.Target),
        ITypeSymbol type => SandboxPolicy.Refuse(type),
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction, IsExtern: true } =>
            "extern local functions (P/Invoke) are not allowed in a rule expression",
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } => null,
        IEventSymbol => $"events ({symbol.ToDisplayString()}) are not allowed in a rule expression",
        _ => SandboxPolicy.RefuseMember(symbol),
    };

    private static string? RefuseSyntax(SyntaxNode node) => node switch
    {
        TryStatementSyntax => "try/catch is not allowed in a rule expression (a rule must not swallow its time budget)",
        GotoStatementSyntax or LabeledStatementSyntax => "goto and labels are not allowed in a rule expression",
        LockStatementSyntax => "lock is not allowed in a rule expression (no threads)",
        UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax
            or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax =>
            "unsafe code is not allowed in a rule expression",
        AttributeListSyntax => "attributes are not allowed in a rule expression",
        AwaitExpressionSyntax => "await is not allowed in a rule expression (no tasks)",
        AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword } =>
            "async lambdas are not allowed in a rule expression (no tasks)",
        LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)) =>
            "extern and unsafe local functions are not allowed in a rule expression",
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax =>
            "__makeref/__reftype/__refvalue are not allowed in a rule expression",
        _ when node.IsKind(SyntaxKind.ArgListExpression) => "__arglist is not allowed in a rule expression",
        _ => null,
    };

    private static ISymbol? WrittenSymbol(SemanticModel model, SyntaxNode node)
    {
        var target = node switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left,
            PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) => prefix.Operand,
            PostfixUnaryExpressionSyntax postfix => postfix.Operand,
            ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) => argument.Expression,
            _ => null,
        };
        if (target is null) return null;
        var symbol = model.GetSymbolInfo(target).Symbol;
        return symbol is IFieldSymbol or IPropertySymbol ? symbol : null;
    }
}
