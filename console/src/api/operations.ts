// Every operation the console sends; codegen (codegen.yml) types them from schema/supergraph.graphql.
import { gql } from './client.ts';
import type * as G from '../__generated__/graphql.ts';

export const SIGN_IN = gql<G.SignInMutation, G.SignInMutationVariables>(/* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      staff { id name email roles storeId }
    }
  }
`);

export const VIEWER = gql<G.ViewerQuery>(/* GraphQL */ `
  query Viewer {
    viewer { kind id scopes roles storeId }
  }
`);

export const LOCATIONS = gql<G.LocationsQuery, G.LocationsQueryVariables>(/* GraphQL */ `
  query Locations($type: LocationType) {
    locations(type: $type) { id code name type active address { city country } }
  }
`);

const ORDER_SUMMARY = /* GraphQL */ `
  fragment OrderSummary on Order {
    id
    number
    status
    channel
    email
    placedAt
    deliveryMethod
    total { amount currency }
  }
`;

export const ORDERS = gql<G.OrdersQuery, G.OrdersQueryVariables>(/* GraphQL */ `
  query Orders($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      edges { node { ...OrderSummary customer { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${ORDER_SUMMARY}
`);

export const ORDER_BY_NUMBER = gql<G.OrderByNumberQuery, G.OrderByNumberQueryVariables>(/* GraphQL */ `
  query OrderByNumber($number: String!) {
    orderByNumber(number: $number) { id }
  }
`);

export const DASHBOARD_ORDERS = gql<G.DashboardOrdersQuery, G.DashboardOrdersQueryVariables>(/* GraphQL */ `
  query DashboardOrders($after: String, $placedAfter: DateTime!) {
    orders(first: 100, after: $after, filter: { placedAfter: $placedAfter }) {
      edges {
        node {
          id
          status
          channel
          placedAt
          total { amount currency }
          allocations { quantity status location { id type name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const DASHBOARD_QUEUES = gql<G.DashboardQueuesQuery>(/* GraphQL */ `
  query DashboardQueues {
    onHold: orders(first: 100, filter: { status: [ON_HOLD] }) {
      edges { node { id number placedAt channel } }
      pageInfo { hasNextPage }
    }
    openFulfillment: fulfillmentOrders(first: 100, filter: { status: [CREATED, ACCEPTED, PICKING, PICKED, PACKED], type: [SHIP, SHIP_FROM_STORE] }) {
      edges { node { id orderNumber status type createdAt location { name } } }
      pageInfo { hasNextPage }
    }
    skus(first: 100) {
      edges { node { code name availableToSell } }
    }
  }
`);

export const ORDER_ACTIVITY = gql<G.OrderActivitySubscription>(/* GraphQL */ `
  subscription OrderActivity {
    orderActivity {
      kind
      from
      to
      at
      order { id number status channel placedAt total { amount currency } allocations { quantity status location { id type name } } }
    }
  }
`);

const PARCEL_TRACKING = /* GraphQL */ `
  fragment ParcelTracking on Parcel {
    id
    sequence
    status
    carrier
    trackingNumber
    estimatedDelivery
    deliveredAt
    trackingEvents { id status occurredAt location message }
  }
`;

const ORDER_SHIPMENTS = /* GraphQL */ `
  fragment OrderShipments on Order {
    shipments {
      id
      status
      carrier
      serviceLevel
      trackingNumber
      shippedAt
      deliveredAt
      location { id name }
      parcels { ...ParcelTracking }
    }
    fulfillmentOrders { id type status location { id name } pickupDeadline readyForPickupAt pickedUpAt }
  }
  ${PARCEL_TRACKING}
`;

export const ORDER_DETAIL = gql<G.OrderDetailQuery, G.OrderDetailQueryVariables>(/* GraphQL */ `
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderSummary
      releasedAt
      promotionCodes
      customer { id name email }
      shipTo { name line1 line2 city postalCode country }
      pickupLocation { id name }
      subtotal { amount currency }
      discountTotal { amount currency }
      shippingTotal { amount currency }
      taxTotal { amount currency }
      lines {
        id
        lineNumber
        status
        sku { code name }
        quantity
        shippedQuantity
        cancelledQuantity
        unitPrice { amount currency }
        discount { amount currency }
        lineTotal { amount currency }
      }
      payments {
        id
        provider
        reference
        status
        authorized { amount currency }
        captured { amount currency }
        refunded { amount currency }
        createdAt
      }
      timeline { from to actor reason at }
      sourcingDecision {
        ruleSetName
        version
        fromReservation
        decidedAt
        splitPolicy { kind maxShipments }
        lines {
          lineId
          sku
          quantity
          chosen { quantity location { id code name type } }
          candidates {
            location { id code name type }
            distanceKm
            availableToSell
            eliminatedBy
            rank
          }
        }
      }
      ...OrderShipments
      holds { id reason detail placedAt placedBy expiresAt releasedAt releasedBy releaseNote }
      returns { id number status createdAt value { amount currency } }
      refunds { id amount { amount currency } method status reason createdBy at }
    }
  }
  ${ORDER_SUMMARY}
  ${ORDER_SHIPMENTS}
`);

export const ORDER_STATUS_CHANGED = gql<G.OrderStatusLiveSubscription, G.OrderStatusLiveSubscriptionVariables>(/* GraphQL */ `
  subscription OrderStatusLive($orderId: ID!) {
    orderStatusChanged(orderId: $orderId) { id status timeline { from to actor reason at } }
  }
`);

export const ORDER_TRACKING = gql<G.OrderTrackingLiveSubscription, G.OrderTrackingLiveSubscriptionVariables>(/* GraphQL */ `
  subscription OrderTrackingLive($orderId: ID!) {
    orderTracking(orderId: $orderId) { id status ...OrderShipments }
  }
  ${ORDER_SHIPMENTS}
`);

export const CANCEL_ORDER = gql<G.CancelOrderMutation, G.CancelOrderMutationVariables>(/* GraphQL */ `
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) { id status }
  }
`);

const RULE_SET = /* GraphQL */ `
  fragment RuleSet on SourcingRuleSet {
    id
    name
    channel
    version
    status
    effectiveFrom
    createdBy
    createdAt
    rules { kind types capability methods km locationIds }
    splitPolicy { kind maxShipments }
  }
`;

export const SOURCING_RULE_SETS = gql<G.SourcingRuleSetsQuery>(/* GraphQL */ `
  query SourcingRuleSets {
    sourcingRuleSets { ...RuleSet }
  }
  ${RULE_SET}
`);

const SIMULATION_OUTCOME = /* GraphQL */ `
  fragment SimulationOutcome on SourcingSimulationOutcome {
    ordersEvaluated
    shipmentsPerOrder
    averageDistanceKm
    storeShare
    unitsSourced
    unsourcedLineCount
  }
`;

export const SIMULATE_SOURCING = gql<G.SimulateSourcingQuery, G.SimulateSourcingQueryVariables>(/* GraphQL */ `
  query SimulateSourcing($input: SimulateSourcingInput!) {
    simulateSourcing(input: $input) {
      ruleSetInForce { id name version }
      inForce { ...SimulationOutcome }
      candidate { ...SimulationOutcome }
      differenceCount
      differences {
        orderId
        currentLocations { id name }
        candidateLocations { id name }
      }
      skippedCount
    }
  }
  ${SIMULATION_OUTCOME}
`);

export const PUBLISH_SOURCING_RULE_SET = gql<G.PublishSourcingRuleSetMutation, G.PublishSourcingRuleSetMutationVariables>(/* GraphQL */ `
  mutation PublishSourcingRuleSet($input: PublishSourcingRuleSetInput!) {
    publishSourcingRuleSet(input: $input) { ...RuleSet }
  }
  ${RULE_SET}
`);

const STOCK_LEVEL = /* GraphQL */ `
  fragment StockRow on StockLevel {
    onHand
    reserved
    safetyStock
    availableToSell
    updatedAt
    sku { code name }
    location { id code name type }
  }
`;

export const SKUS = gql<G.SkusQuery, G.SkusQueryVariables>(/* GraphQL */ `
  query Skus($after: String) {
    skus(first: 50, after: $after) {
      edges { node { code name availableToSell presellLimit } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const SKU_STOCK = gql<G.SkuStockQuery, G.SkuStockQueryVariables>(/* GraphQL */ `
  query SkuStock($code: String!) {
    sku(code: $code) {
      code
      name
      availableToSell
      presellLimit
      stock { ...StockRow }
    }
  }
  ${STOCK_LEVEL}
`);

export const LOCATION_STOCK = gql<G.LocationStockQuery, G.LocationStockQueryVariables>(/* GraphQL */ `
  query LocationStock($id: ID!) {
    location(id: $id) { id name stock { ...StockRow } }
  }
  ${STOCK_LEVEL}
`);

export const STOCK_MOVEMENTS = gql<G.StockMovementsQuery, G.StockMovementsQueryVariables>(/* GraphQL */ `
  query StockMovements($sku: String, $locationId: ID) {
    stockMovements(sku: $sku, locationId: $locationId, first: 50) {
      edges {
        node {
          id
          sku
          kind
          onHandBefore
          onHandAfter
          reservedBefore
          reservedAfter
          reason
          reference
          createdAt
          location { id name }
        }
      }
    }
  }
`);

export const SUPPLY = gql<G.SupplyQuery, G.SupplyQueryVariables>(/* GraphQL */ `
  query Supply($locationId: ID) {
    transfers(locationId: $locationId) {
      id
      status
      reference
      createdAt
      from { name }
      to { name }
      lines { sku quantity receivedQuantity inTransit }
    }
    purchaseOrders(status: [OPEN, PARTIALLY_RECEIVED], locationId: $locationId) {
      id
      number
      supplier
      status
      expectedAt
      location { name }
      lines { sku quantityOrdered quantityReceived quantityPromised }
    }
  }
`);

export const ADJUST_STOCK = gql<G.AdjustStockMutation, G.AdjustStockMutationVariables>(/* GraphQL */ `
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) { ...StockRow }
  }
  ${STOCK_LEVEL}
`);

export const AVAILABILITY_CHANGED = gql<G.AvailabilityLiveSubscription, G.AvailabilityLiveSubscriptionVariables>(/* GraphQL */ `
  subscription AvailabilityLive($skus: [String!]!) {
    availabilityChanged(skus: $skus) { ...StockRow }
  }
  ${STOCK_LEVEL}
`);

export const CUSTOMERS = gql<G.CustomersQuery, G.CustomersQueryVariables>(/* GraphQL */ `
  query Customers($search: String, $after: String) {
    customers(search: $search, first: 50, after: $after) {
      edges { node { id name email phone createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CUSTOMER_360 = gql<G.Customer360Query, G.Customer360QueryVariables>(/* GraphQL */ `
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      name
      firstName
      lastName
      email
      phone
      createdAt
      tags
      orderCount
      returnRate
      lastOrderAt
      lifetimeValue { amount currency }
      storeCreditBalance { amount currency }
      addresses { id label line1 line2 city postalCode country isDefaultShipping isDefaultBilling }
      orders(first: 50) {
        edges { node { ...OrderSummary lines { id lineNumber quantity shippedQuantity sku { code name } } } }
      }
      returns(first: 50) {
        edges {
          node {
            id
            number
            status
            createdAt
            requestedBy
            value { amount currency }
            order { id number }
            lines { id quantity reasonCode sku { code name } }
          }
        }
      }
      interactions(first: 50) {
        edges { node { id channel reason outcome notes at agentId agent { name } orders { id number } returns { id number } case { id subject } } }
      }
      shipments(first: 20) {
        id
        status
        carrier
        trackingNumber
        shippedAt
        deliveredAt
        order { id number }
      }
    }
  }
  ${ORDER_SUMMARY}
`);

const STORE_WORK = /* GraphQL */ `
  fragment StoreWork on FulfillmentOrder {
    id
    orderNumber
    type
    status
    createdAt
    readyForPickupAt
    pickupDeadline
    pickedUpAt
    curbsideArrival { arrivedAt parkingSpot vehicle }
    pickWave { id }
    lines { id skuCode sku { name } quantity pickedQuantity cancelledQuantity binCode }
    shipment { id parcels { id sequence trackingNumber status } }
    order { id customer { name } }
  }
`;

export const STORE_QUEUE = gql<G.StoreQueueQuery, G.StoreQueueQueryVariables>(/* GraphQL */ `
  query StoreQueue($locationId: ID!) {
    location(id: $locationId) { id name }
    fulfillmentOrders(first: 100, filter: { locationId: $locationId, status: [CREATED, ACCEPTED, PICKING, PICKED, PACKED, READY_FOR_PICKUP] }) {
      edges { node { ...StoreWork } }
    }
    pickWaves(locationId: $locationId, status: [OPEN]) {
      id
      status
      createdAt
      fulfillmentOrders { id orderNumber }
      pickList { skuCode sku { name } binCode walkSequence quantity split { fulfillmentOrderId orderNumber quantity } }
    }
  }
  ${STORE_WORK}
`);

export const ACCEPT_FULFILLMENT_ORDER = gql<G.AcceptFulfillmentOrderMutation, G.AcceptFulfillmentOrderMutationVariables>(/* GraphQL */ `
  mutation AcceptFulfillmentOrder($id: ID!) {
    acceptFulfillmentOrder(id: $id) { ...StoreWork }
  }
  ${STORE_WORK}
`);

export const PICK_FULFILLMENT_ORDER = gql<G.PickFulfillmentOrderMutation, G.PickFulfillmentOrderMutationVariables>(/* GraphQL */ `
  mutation PickFulfillmentOrder($input: PickFulfillmentOrderInput!) {
    pickFulfillmentOrder(input: $input) {
      fulfillmentOrder { ...StoreWork }
      shortfalls { skuCode shortQuantity }
    }
  }
  ${STORE_WORK}
`);

export const MARK_READY_FOR_PICKUP = gql<G.MarkReadyForPickupMutation, G.MarkReadyForPickupMutationVariables>(/* GraphQL */ `
  mutation MarkReadyForPickup($input: MarkReadyForPickupInput!) {
    markReadyForPickup(input: $input) { ...StoreWork }
  }
  ${STORE_WORK}
`);

export const CONFIRM_PICKUP = gql<G.ConfirmPickupMutation, G.ConfirmPickupMutationVariables>(/* GraphQL */ `
  mutation ConfirmPickup($input: ConfirmPickupInput!) {
    confirmPickup(input: $input) { ...StoreWork }
  }
  ${STORE_WORK}
`);

export const PACK_FULFILLMENT_ORDER = gql<G.PackFulfillmentOrderMutation, G.PackFulfillmentOrderMutationVariables>(/* GraphQL */ `
  mutation PackFulfillmentOrder($input: PackFulfillmentOrderInput!) {
    packFulfillmentOrder(input: $input) { ...StoreWork }
  }
  ${STORE_WORK}
`);

export const SHIP_FULFILLMENT_ORDER = gql<G.ShipFulfillmentOrderMutation, G.ShipFulfillmentOrderMutationVariables>(/* GraphQL */ `
  mutation ShipFulfillmentOrder($input: ShipFulfillmentOrderInput!) {
    shipFulfillmentOrder(input: $input) { ...StoreWork }
  }
  ${STORE_WORK}
`);

export const CREATE_PICK_WAVE = gql<G.CreatePickWaveMutation, G.CreatePickWaveMutationVariables>(/* GraphQL */ `
  mutation CreatePickWave($input: CreatePickWaveInput!) {
    createPickWave(input: $input) { id }
  }
`);

export const COMPLETE_PICK_WAVE = gql<G.CompletePickWaveMutation, G.CompletePickWaveMutationVariables>(/* GraphQL */ `
  mutation CompletePickWave($input: CompletePickWaveInput!) {
    completePickWave(input: $input) { id status }
  }
`);

export const RELEASE_ORDER_HOLD = gql<G.ReleaseOrderHoldMutation, G.ReleaseOrderHoldMutationVariables>(/* GraphQL */ `
  mutation ReleaseOrderHold($input: ReleaseOrderHoldInput!) {
    releaseOrderHold(input: $input) { id status }
  }
`);

export const RETIRE_SOURCING_RULE_SET = gql<G.RetireSourcingRuleSetMutation, G.RetireSourcingRuleSetMutationVariables>(/* GraphQL */ `
  mutation RetireSourcingRuleSet($id: ID!) {
    retireSourcingRuleSet(id: $id) { id status }
  }
`);

export const REQUEST_RETURN = gql<G.RequestReturnMutation, G.RequestReturnMutationVariables>(/* GraphQL */ `
  mutation RequestReturn($input: RequestReturnInput!) {
    requestReturn(input: $input) {
      __typename
      ... on Return { id number status requiresApproval }
      ... on ReturnRefused { refusals { sku code message } }
    }
  }
`);

export const LOG_INTERACTION = gql<G.LogInteractionMutation, G.LogInteractionMutationVariables>(/* GraphQL */ `
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) { id }
  }
`);

/** Puts an interaction on a case of the same customer, or (caseId null) takes it off its case. */
export const LINK_INTERACTION_TO_CASE = gql<G.LinkInteractionToCaseMutation, G.LinkInteractionToCaseMutationVariables>(/* GraphQL */ `
  mutation LinkInteractionToCase($interactionId: ID!, $caseId: ID) {
    linkInteractionToCase(interactionId: $interactionId, caseId: $caseId) { id case { id subject } }
  }
`);

export const GRANT_APPEASEMENT = gql<G.GrantAppeasementMutation, G.GrantAppeasementMutationVariables>(/* GraphQL */ `
  mutation GrantAppeasement($input: GrantAppeasementInput!) {
    grantAppeasement(input: $input) { id method amount { amount currency } }
  }
`);

const SALES_ROW = /* GraphQL */ `
  fragment SalesRow on SalesReportRow {
    channel
    day
    status
    orders
    cancelledOrders
    units
    unitsShipped
    unitsReturned
    returnRate
    revenue { amount currency }
    averageOrderValue { amount currency }
  }
`;

const FULFILLMENT_ROW = /* GraphQL */ `
  fragment FulfillmentRow on FulfillmentReportRow {
    channel
    day
    location { id name type }
    unitsReleased
    unitsShipped
    fillRate
    ordersShipped
    ordersSplit
    splitRate
    averageReleaseToShipHours
    averagePlacedToDeliveredHours
    shipmentsDelivered
    deliveredOnTime
    onTimeDeliveryRate
    lateShipments
  }
`;

export const REPORT = gql<G.ReportQuery, G.ReportQueryVariables>(/* GraphQL */ `
  query Report($input: ReportInput!) {
    report(input: $input) {
      key
      from
      to
      timeZone
      currency
      sales { totals { ...SalesRow } rows { ...SalesRow } csv }
      fulfillment { slaHours totals { ...FulfillmentRow } rows { ...FulfillmentRow } byLocation { ...FulfillmentRow } csv }
    }
  }
  ${SALES_ROW}
  ${FULFILLMENT_ROW}
`);

export const EDIT_ORDER = gql<G.EditOrderMutation, G.EditOrderMutationVariables>(/* GraphQL */ `
  mutation EditOrder($input: EditOrderInput!) {
    editOrder(input: $input) {
      __typename
      ... on Order { id status total { amount currency } }
      ... on EditOutOfStock { lines { sku requested available } }
    }
  }
`);

export const EXPORT_CUSTOMER_DATA = gql<G.ExportCustomerDataMutation, G.ExportCustomerDataMutationVariables>(/* GraphQL */ `
  mutation ExportCustomerData($customerId: ID!) {
    exportCustomerData(customerId: $customerId) { customerId generatedAt customers orders fulfillment inventory }
  }
`);

export const ERASE_CUSTOMER = gql<G.EraseCustomerMutation, G.EraseCustomerMutationVariables>(/* GraphQL */ `
  mutation EraseCustomer($customerId: ID!, $reason: String!) {
    eraseCustomer(customerId: $customerId, reason: $reason) { id status requestedAt completedAt subgraphs { name confirmedAt } }
  }
`);

const PLACE_ORDER_OUTCOME = /* GraphQL */ `
  fragment PlaceOrderOutcome on PlaceOrderResult {
    __typename
    ... on Order { id number status }
    ... on OutOfStock {
      lines { sku requested available }
      alternatives {
        id
        kind
        rank
        description
        deliveryMethod
        requiresAddress
        distanceKm
        earliestDeliveryDate
        readyAt
        availableFrom
        pickupLocation { id name }
      }
    }
  }
`;

export const PLACE_ORDER = gql<G.PlaceOrderMutation, G.PlaceOrderMutationVariables>(/* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { ...PlaceOrderOutcome }
  }
  ${PLACE_ORDER_OUTCOME}
`);

export const ACCEPT_ALTERNATIVE = gql<G.AcceptAlternativeMutation, G.AcceptAlternativeMutationVariables>(/* GraphQL */ `
  mutation AcceptAlternative($input: AcceptAlternativeInput!) {
    acceptAlternative(input: $input) { ...PlaceOrderOutcome }
  }
  ${PLACE_ORDER_OUTCOME}
`);

export const ORDER_SALE_ALTERNATIVES = gql<G.OrderSaleAlternativesQuery, G.OrderSaleAlternativesQueryVariables>(/* GraphQL */ `
  query OrderSaleAlternatives($id: ID!) {
    order(id: $id) {
      id
      saleAlternatives { id kind rank description requiresAddress distanceKm readyAt earliestDeliveryDate pickupLocation { id name } }
    }
  }
`);

export const ACCEPT_ORDER_ALTERNATIVE = gql<G.AcceptOrderAlternativeMutation, G.AcceptOrderAlternativeMutationVariables>(/* GraphQL */ `
  mutation AcceptOrderAlternative($input: AcceptOrderAlternativeInput!) {
    acceptOrderAlternative(input: $input) { id status }
  }
`);

// Returns: one return with everything its lifecycle actions need; every step answers it.
const RETURN_DETAIL = /* GraphQL */ `
  fragment ReturnDetail on Return {
    id
    number
    status
    channel
    createdAt
    updatedAt
    requestedBy
    requiresApproval
    policyVersion
    rejectionReason
    carrier
    trackingNumber
    receivedAt
    inspectedAt
    receivedLocation { id name }
    value { amount currency }
    order { id number }
    lines {
      id
      quantity
      receivedQuantity
      reasonCode
      condition
      disposition
      value { amount currency }
      orderLine { id lineNumber }
      sku { code name }
    }
    refund { id amount { amount currency } method status providerReference at }
    exchange {
      id
      status
      settlement
      credit { amount currency }
      creditUsed { amount currency }
      replacementTotal { amount currency }
      priceDifference { amount currency }
      amountDue { amount currency }
      replacementOrder { id number status }
    }
  }
`;

export const APPROVE_RETURN = gql<G.ApproveReturnMutation, G.ApproveReturnMutationVariables>(/* GraphQL */ `
  mutation ApproveReturn($returnId: ID!) {
    approveReturn(returnId: $returnId) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const REJECT_RETURN = gql<G.RejectReturnMutation, G.RejectReturnMutationVariables>(/* GraphQL */ `
  mutation RejectReturn($returnId: ID!, $reason: String!) {
    rejectReturn(returnId: $returnId, reason: $reason) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const MARK_RETURN_IN_TRANSIT = gql<G.MarkReturnInTransitMutation, G.MarkReturnInTransitMutationVariables>(/* GraphQL */ `
  mutation MarkReturnInTransit($input: MarkReturnInTransitInput!) {
    markReturnInTransit(input: $input) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const RECEIVE_RETURN = gql<G.ReceiveReturnMutation, G.ReceiveReturnMutationVariables>(/* GraphQL */ `
  mutation ReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const INSPECT_RETURN = gql<G.InspectReturnMutation, G.InspectReturnMutationVariables>(/* GraphQL */ `
  mutation InspectReturn($input: InspectReturnInput!) {
    inspectReturn(input: $input) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const REFUND_RETURN = gql<G.RefundReturnMutation, G.RefundReturnMutationVariables>(/* GraphQL */ `
  mutation RefundReturn($input: RefundReturnInput!) {
    refundReturn(input: $input) { ...ReturnDetail }
  }
  ${RETURN_DETAIL}
`);

export const CREATE_EXCHANGE = gql<G.CreateExchangeMutation, G.CreateExchangeMutationVariables>(/* GraphQL */ `
  mutation CreateExchange($input: CreateExchangeInput!) {
    createExchange(input: $input) {
      __typename
      ... on Exchange {
        id
        status
        settlement
        priceDifference { amount currency }
        amountDue { amount currency }
        replacementOrder { id number }
      }
      ... on OutOfStock { lines { sku requested available } }
      ... on ReturnRefused { refusals { sku code message } }
    }
  }
`);

export const ORDER_RETURNS = gql<G.OrderReturnsQuery, G.OrderReturnsQueryVariables>(/* GraphQL */ `
  query OrderReturns($id: ID!) {
    order(id: $id) { id returns { ...ReturnDetail } }
  }
  ${RETURN_DETAIL}
`);

export const CUSTOMER_RETURNS = gql<G.CustomerReturnsQuery, G.CustomerReturnsQueryVariables>(/* GraphQL */ `
  query CustomerReturns($id: ID!) {
    customer(id: $id) { id returns(first: 50) { edges { node { ...ReturnDetail } } } }
  }
  ${RETURN_DETAIL}
`);

/** Where a return can be received: active warehouses and stores. */
export const RETURN_LOCATIONS = gql<G.ReturnLocationsQuery>(/* GraphQL */ `
  query ReturnLocations {
    locations { id name type active }
  }
`);

const RETURN_POLICY_FIELDS = /* GraphQL */ `
  fragment ReturnPolicyFields on ReturnPolicy {
    version
    defaultWindowDays
    channelWindows { channel days }
    categoryWindows { category days }
    nonReturnableSkus
    nonReturnableCategories
    approvalThreshold
    appeasementLimits { role maxAmount }
    updatedBy
    updatedAt
  }
`;

export const RETURN_POLICY = gql<G.ReturnPolicyQuery>(/* GraphQL */ `
  query ReturnPolicy {
    returnPolicy { ...ReturnPolicyFields }
  }
  ${RETURN_POLICY_FIELDS}
`);

export const SET_RETURN_POLICY = gql<G.SetReturnPolicyMutation, G.SetReturnPolicyMutationVariables>(/* GraphQL */ `
  mutation SetReturnPolicy($input: ReturnPolicyInput!) {
    setReturnPolicy(input: $input) { ...ReturnPolicyFields }
  }
  ${RETURN_POLICY_FIELDS}
`);

// Care cases of a customer and the interactions logged on them.
const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on CustomerCase {
    id
    subject
    status
    openedBy
    openedAt
    updatedAt
    resolvedAt
    interactions { id channel reason at }
  }
`;

export const CUSTOMER_CASES = gql<G.CustomerCasesQuery, G.CustomerCasesQueryVariables>(/* GraphQL */ `
  query CustomerCases($id: ID!) {
    customer(id: $id) { id cases { ...CaseFields } }
  }
  ${CASE_FIELDS}
`);

export const OPEN_CASE = gql<G.OpenCaseMutation, G.OpenCaseMutationVariables>(/* GraphQL */ `
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { ...CaseFields }
  }
  ${CASE_FIELDS}
`);

export const UPDATE_CASE_STATUS = gql<G.UpdateCaseStatusMutation, G.UpdateCaseStatusMutationVariables>(/* GraphQL */ `
  mutation UpdateCaseStatus($id: ID!, $status: CaseStatus!) {
    updateCaseStatus(id: $id, status: $status) { ...CaseFields }
  }
  ${CASE_FIELDS}
`);

/** Messages sent to a customer, or about one order (staff see them all). */
export const NOTIFICATIONS = gql<G.NotificationsQuery, G.NotificationsQueryVariables>(/* GraphQL */ `
  query Notifications($customerId: ID, $orderId: ID) {
    notifications(customerId: $customerId, orderId: $orderId, first: 50) {
      edges { node { id template orderId recipient subject body channel status attempts lastError sentAt createdAt } }
    }
  }
`);
