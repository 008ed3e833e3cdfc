using System.Linq.Expressions;
using FluentValidation;
using Ops.Shared;
using Ops.Shared.Validation;

namespace Ops.Organization.Stores;

/// <summary>The field rules a store's registration and its changes share.</summary>
internal static class StoreValidation
{
    /// <summary>Several years of a store's holidays.</summary>
    public const int MaxHolidays = 1000;

    public static IRuleBuilderOptions<T, string> SellerName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(200);

    public static IRuleBuilderOptions<T, BusinessHours> Hours<T>(this IRuleBuilder<T, BusinessHours> rule) =>
        rule.NotNull().Must(h => h.OpensAt < h.ClosesAt).WithMessage(_ => Bilingual.Pick(
            "Business hours open before they close.", "营业开始时间须早于结束时间。"));

    public static IRuleBuilderOptions<T, IReadOnlyList<DayOfWeek>> Weekend<T>(this IRuleBuilder<T, IReadOnlyList<DayOfWeek>> rule) =>
        rule.NotNull().MaximumCount(7).Must(w => w.Distinct().Count() < 7).WithMessage(_ => Bilingual.Pick(
            "A week needs at least one working day.", "每周至少要有一个工作日。"));

    public static void Holidays<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<Holiday>>> holidays)
    {
        validator.RuleFor(holidays).NotNull()
            .Must(h => h.Select(d => d.Date).Distinct().Count() == h.Count()).WithMessage(_ => Bilingual.Pick(
                "Each date is a holiday at most once.", "同一日期只能设为一个节假日。"));
        validator.RuleFor(holidays).MaximumCount(MaxHolidays);
        validator.RuleForEach(holidays).ChildRules(h => h.RuleFor(d => d.Name).NotEmpty().MaximumLength(100));
    }
}
