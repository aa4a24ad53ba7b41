using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The agency records, on the worker's open deployment, the medical check, the PDOT and the passport and visa.</summary>
public static class RecordPreDeparture
{
    /// <summary>Physical and mental health are each found fit or not (R18); both are required.</summary>
    public sealed record Medical(DateOnly? ExaminedOn, string Clinic, bool? PhysicallyFit, bool? MentallyFit);

    public sealed record Training(Guid? TrainingCentreId, DateOnly? CompletedOn, decimal? Hours, IReadOnlyList<string>? Topics);

    public sealed record Travel(
        string PassportNumber, DateOnly? PassportIssuedOn, DateOnly? PassportExpiresOn, string VisaNumber, DateOnly? VisaIssuedOn, DateOnly? VisaExpiresOn);

    public sealed class MedicalValidator : AbstractValidator<Medical>
    {
        public MedicalValidator()
        {
            RuleFor(c => c.ExaminedOn).NotNull().WithName(_ => Text.Pick("Date of the check", "កាលបរិច្ឆេទពិនិត្យ"));
            RuleFor(c => c.Clinic).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("Clinic", "គ្លីនិក"));
            RuleFor(c => c.PhysicallyFit).NotNull().WithName(_ => Text.Pick("Physical health", "សុខភាពរាងកាយ"));
            RuleFor(c => c.MentallyFit).NotNull().WithName(_ => Text.Pick("Mental health", "សុខភាពផ្លូវចិត្ត"));
        }
    }

    public sealed class TrainingValidator : AbstractValidator<Training>
    {
        public TrainingValidator()
        {
            RuleFor(c => c.TrainingCentreId).NotNull().WithName(_ => Text.Pick("Training centre", "មជ្ឈមណ្ឌលបណ្តុះបណ្តាល"));
            RuleFor(c => c.CompletedOn).NotNull().WithName(_ => Text.Pick("Completed on", "ថ្ងៃបញ្ចប់"));
            RuleFor(c => c.Hours).NotNull().InclusiveBetween(0.5m, 1000m).WithName(_ => Text.Pick("Hours", "ចំនួនម៉ោង"));
        }
    }

    public sealed class TravelValidator : AbstractValidator<Travel>
    {
        public TravelValidator()
        {
            RuleFor(c => c.PassportNumber).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9 -]+$").WithName(_ => Text.Pick("Passport number", "លេខលិខិតឆ្លងដែន"));
            RuleFor(c => c.PassportIssuedOn).NotNull().WithName(_ => Text.Pick("Passport issued on", "ថ្ងៃចេញលិខិតឆ្លងដែន"));
            RuleFor(c => c.PassportExpiresOn).NotNull().WithName(_ => Text.Pick("Passport expires on", "ថ្ងៃផុតកំណត់លិខិតឆ្លងដែន"));
            RuleFor(c => c.VisaNumber).NotEmpty().MaximumLength(50).WithName(_ => Text.Pick("Visa number", "លេខទិដ្ឋាការ"));
            RuleFor(c => c.VisaIssuedOn).NotNull().WithName(_ => Text.Pick("Visa issued on", "ថ្ងៃចេញទិដ្ឋាការ"));
            RuleFor(c => c.VisaExpiresOn).NotNull().WithName(_ => Text.Pick("Visa expires on", "ថ្ងៃផុតកំណត់ទិដ្ឋាការ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task MedicalAsync(Guid workerId, Medical medical, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.RecordMedical(new MedicalCheck(medical.ExaminedOn!.Value, medical.Clinic.Trim(), medical.PhysicallyFit!.Value, medical.MentallyFit!.Value));
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task OrientationAsync(Guid workerId, Training training, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var centreId = training.TrainingCentreId!.Value;
            var ownCentre = await db.Agencies.Where(a => a.Id == deployment.AgencyId).SelectMany(a => a.TrainingCentres).AnyAsync(c => c.Id == centreId, cancellationToken);
            if (!ownCentre)
            {
                throw new DomainException(ErrorCodes.TrainingCentreUnknown, Text.Pick("Choose one of your agency's training centres.", "សូមជ្រើសរើសមជ្ឈមណ្ឌលបណ្តុះបណ្តាលមួយរបស់ភ្នាក់ងាររបស់អ្នក។"), DomainErrorKind.Invalid);
            }
            deployment.RecordOrientation(new Orientation(centreId, training.CompletedOn!.Value, training.Hours!.Value, string.Join(',', training.Topics ?? [])));
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>The passport number belongs to the worker (unique to one person); its dates and the visa to this deployment.</summary>
        public async Task TravelDocumentsAsync(Guid workerId, Travel travel, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var worker = await db.Workers.SingleAsync(w => w.Id == workerId, cancellationToken);
            worker.RecordPassport(travel.PassportNumber);
            if (await db.Workers.AnyAsync(w => w.PassportNumber == worker.PassportNumber && w.Id != workerId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.PassportRegistered, Text.Pick("This passport number belongs to another registered worker.", "លេខលិខិតឆ្លងដែននេះជារបស់ពលករម្នាក់ទៀតដែលបានចុះបញ្ជីរួចហើយ។"));
            }
            deployment.RecordTravelDocuments(new TravelDocuments(
                travel.PassportIssuedOn!.Value, travel.PassportExpiresOn!.Value, travel.VisaNumber.Trim(), travel.VisaIssuedOn!.Value, travel.VisaExpiresOn!.Value));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
