import { answersHandlers, resetAnswers } from './answers';
import { candidatesHandlers, resetCandidates } from './candidates';
import { channelsHandlers, resetChannels } from './channels';
import { collaborationHandlers, resetCollaboration } from './collaboration';
import { complaintsHandlers, resetComplaints } from './complaints';
import { customerReturnsHandlers, resetCustomerReturns } from './customer-returns';
import { employeesHandlers, resetEmployees } from './employees';
import { feedbackHandlers, resetFeedback } from './feedback';
import { followUpsHandlers, resetFollowUps } from './follow-ups';
import { inquiriesHandlers, resetInquiries } from './inquiries';
import { inventoryHandlers, resetInventory } from './inventory';
import { kpisHandlers } from './kpis';
import { listingsHandlers, resetListings } from './listings';
import { orgHandlers } from './org';
import { ordersHandlers, resetOrders } from './orders';
import { resetSuppliers, suppliersHandlers } from './suppliers';
import { resetStocktakes, stocktakesHandlers } from './stocktakes';
import { resetReturns, returnsHandlers } from './returns';
import { resetWork, workHandlers } from './work';

export const handlers = [...orgHandlers, ...kpisHandlers, ...employeesHandlers, ...suppliersHandlers, ...candidatesHandlers, ...listingsHandlers, ...workHandlers, ...ordersHandlers, ...channelsHandlers, ...inventoryHandlers, ...stocktakesHandlers, ...returnsHandlers, ...inquiriesHandlers, ...complaintsHandlers, ...collaborationHandlers, ...customerReturnsHandlers, ...answersHandlers, ...feedbackHandlers, ...followUpsHandlers];

/** Puts every feature's mock state back to its start (after each test). */
export function resetFeatureMocks(): void {
  resetEmployees();
  resetSuppliers();
  resetCandidates();
  resetListings();
  resetWork();
  resetOrders();
  resetChannels();
  resetInventory();
  resetStocktakes();
  resetReturns();
  resetInquiries();
  resetComplaints();
  resetCollaboration();
  resetCustomerReturns();
  resetAnswers();
  resetFeedback();
  resetFollowUps();
}
