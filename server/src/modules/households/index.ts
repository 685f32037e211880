// The households module's public entry: what other modules may use of it.
export { type BenefitListFilter, benefitTotals } from './benefit-list.service';
export { householdsModule } from './households.module';
export { povertyRates, type RateRow, visibleCommunes } from './households.service';
export { targetActual, targetMet } from './target-actual.service';
