import { demoId, type EntityManager, type Logger } from '@oms/platform';
import { Location, type LocationType } from './entities/location.entity.ts';
import { Sku } from './entities/sku.entity.ts';
import { StockLevel } from './entities/stock-level.entity.ts';

interface DemoLocation {
  code: string;
  name: string;
  type: LocationType;
  line1: string;
  city: string;
  postalCode: string;
  region: string;
  latitude: number;
  longitude: number;
}

/** Two warehouses and four stores; ids are `demoId('location', code)`, as the other subgraphs expect. */
export const DEMO_LOCATIONS: readonly DemoLocation[] = [
  { code: 'WH-LYON', name: 'Entrepôt Lyon Saint-Priest', type: 'WAREHOUSE', line1: "15 rue de l'Aviation, ZI Mi-Plaine", city: 'Saint-Priest', postalCode: '69800', region: 'Auvergne-Rhône-Alpes', latitude: 45.696, longitude: 4.944 },
  { code: 'WH-PARIS', name: 'Entrepôt Paris Nord – Gonesse', type: 'WAREHOUSE', line1: '14 avenue Georges Pompidou, ZAC des Tulipes', city: 'Gonesse', postalCode: '95500', region: 'Île-de-France', latitude: 48.987, longitude: 2.449 },
  { code: 'ST-PARIS-RIVOLI', name: 'Paris Rivoli', type: 'STORE', line1: '112 rue de Rivoli', city: 'Paris', postalCode: '75001', region: 'Île-de-France', latitude: 48.8606, longitude: 2.347 },
  { code: 'ST-LYON-PARTDIEU', name: 'Lyon Part-Dieu', type: 'STORE', line1: '17 rue du Docteur Bouchut', city: 'Lyon', postalCode: '69003', region: 'Auvergne-Rhône-Alpes', latitude: 45.761, longitude: 4.857 },
  { code: 'ST-MARSEILLE', name: 'Marseille Vieux-Port', type: 'STORE', line1: '24 La Canebière', city: 'Marseille', postalCode: '13001', region: "Provence-Alpes-Côte d'Azur", latitude: 43.296, longitude: 5.374 },
  { code: 'ST-BORDEAUX', name: 'Bordeaux Sainte-Catherine', type: 'STORE', line1: '85 rue Sainte-Catherine', city: 'Bordeaux', postalCode: '33000', region: 'Nouvelle-Aquitaine', latitude: 44.84, longitude: -0.573 },
];

/** The item master of an apparel retailer; the orders demo data refers to several of these codes. */
export const DEMO_SKUS: readonly (readonly [code: string, name: string])[] = [
  ['TSHIRT-CLASSIC-WHT-S', 'Classic T-shirt, white, S'],
  ['TSHIRT-CLASSIC-WHT-M', 'Classic T-shirt, white, M'],
  ['TSHIRT-CLASSIC-WHT-L', 'Classic T-shirt, white, L'],
  ['TSHIRT-CLASSIC-BLK-S', 'Classic T-shirt, black, S'],
  ['TSHIRT-CLASSIC-BLK-M', 'Classic T-shirt, black, M'],
  ['TSHIRT-CLASSIC-BLK-L', 'Classic T-shirt, black, L'],
  ['JEANS-SLIM-IND-30', 'Slim jeans, indigo, W30'],
  ['JEANS-SLIM-IND-32', 'Slim jeans, indigo, W32'],
  ['JEANS-SLIM-IND-34', 'Slim jeans, indigo, W34'],
  ['JEANS-STRAIGHT-BLK-32', 'Straight jeans, black, W32'],
  ['JEANS-STRAIGHT-BLK-34', 'Straight jeans, black, W34'],
  ['SNEAKER-RUN-BLK-40', 'Running sneaker, black, 40'],
  ['SNEAKER-RUN-BLK-41', 'Running sneaker, black, 41'],
  ['SNEAKER-RUN-BLK-42', 'Running sneaker, black, 42'],
  ['SNEAKER-RUN-BLK-43', 'Running sneaker, black, 43'],
  ['SNEAKER-RUN-BLK-44', 'Running sneaker, black, 44'],
  ['SNEAKER-RUN-WHT-42', 'Running sneaker, white, 42'],
  ['HOODIE-ZIP-GRY-M', 'Zip hoodie, heather grey, M'],
  ['HOODIE-ZIP-GRY-L', 'Zip hoodie, heather grey, L'],
  ['HOODIE-ZIP-GRY-XL', 'Zip hoodie, heather grey, XL'],
  ['HOODIE-ZIP-NVY-L', 'Zip hoodie, navy, L'],
  ['CAP-BASE-NVY', 'Baseball cap, navy'],
  ['CAP-BASE-BLK', 'Baseball cap, black'],
  ['JACKET-RAIN-YEL-S', 'Rain jacket, yellow, S'],
  ['JACKET-RAIN-YEL-M', 'Rain jacket, yellow, M'],
  ['JACKET-RAIN-YEL-L', 'Rain jacket, yellow, L'],
  ['JACKET-RAIN-NVY-M', 'Rain jacket, navy, M'],
  ['SOCKS-WOOL-GRY-39', 'Wool socks, grey, 39–41'],
  ['SOCKS-WOOL-GRY-42', 'Wool socks, grey, 42–44'],
  ['SOCKS-WOOL-GRY-45', 'Wool socks, grey, 45–47'],
  ['SOCKS-COTTON-WHT-39', 'Cotton socks, white, 39–41'],
  ['SOCKS-COTTON-WHT-42', 'Cotton socks, white, 42–44'],
  ['SCARF-WOOL-RED', 'Wool scarf, red'],
  ['SCARF-WOOL-GRY', 'Wool scarf, grey'],
  ['BAG-TOTE-CNV', 'Canvas tote bag'],
  ['BAG-BACKPACK-BLK', 'Everyday backpack, black'],
  ['DRESS-LINEN-BLU-S', 'Linen dress, blue, S'],
  ['DRESS-LINEN-BLU-M', 'Linen dress, blue, M'],
  ['DRESS-LINEN-BLU-L', 'Linen dress, blue, L'],
  ['DRESS-LINEN-WHT-M', 'Linen dress, white, M'],
  ['SHIRT-OXFORD-BLU-S', 'Oxford shirt, blue, S'],
  ['SHIRT-OXFORD-BLU-M', 'Oxford shirt, blue, M'],
  ['SHIRT-OXFORD-BLU-L', 'Oxford shirt, blue, L'],
  ['SHIRT-OXFORD-WHT-M', 'Oxford shirt, white, M'],
  ['SWEATER-MERINO-GRY-M', 'Merino sweater, grey, M'],
  ['SWEATER-MERINO-GRY-L', 'Merino sweater, grey, L'],
  ['SWEATER-MERINO-BGE-M', 'Merino sweater, beige, M'],
  ['CHINO-SLIM-BGE-32', 'Slim chinos, beige, W32'],
  ['CHINO-SLIM-BGE-34', 'Slim chinos, beige, W34'],
  ['CHINO-SLIM-NVY-32', 'Slim chinos, navy, W32'],
];

interface DemoStock {
  onHand: number;
  reserved: number;
  safetyStock: number;
}

/**
 * Deterministic spread (no randomness, so every run and every test sees the same figures):
 * warehouses hold nearly every SKU in quantity, each store about two thirds of the range in
 * small quantities, some levels are at zero, and a few warehouse levels carry reservations.
 */
function demoStock(skuIndex: number, locationIndex: number, type: LocationType): DemoStock | undefined {
  if (type === 'WAREHOUSE') {
    if ((skuIndex + locationIndex * 5) % 17 === 16) return undefined;
    const onHand = (skuIndex * 7 + locationIndex * 3) % 13 === 5 ? 0 : 20 + ((skuIndex * 11 + locationIndex * 17) % 90);
    const reserved = onHand > 0 && skuIndex % 8 === locationIndex ? 2 + (skuIndex % 3) : 0;
    return { onHand, reserved, safetyStock: (skuIndex + locationIndex) % 4 };
  }
  if ((skuIndex + locationIndex) % 3 === 0) return undefined;
  const onHand = (skuIndex * 5 + locationIndex * 3) % 9;
  return { onHand, reserved: 0, safetyStock: onHand === 0 ? 0 : (skuIndex + locationIndex) % 2 };
}

export async function seedInventoryDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Location)) > 0) return;
  const createdAt = new Date(Date.now() - 400 * 24 * 3600 * 1000);
  const locations = DEMO_LOCATIONS.map(({ code, ...place }) =>
    em.create(Location, { id: demoId('location', code), code, ...place, country: 'FR', active: true, createdAt }),
  );
  const skus = DEMO_SKUS.map(([code, name]) => em.create(Sku, { code, name, createdAt }));
  let levels = 0;
  skus.forEach((sku, skuIndex) => {
    locations.forEach((location, locationIndex) => {
      const stock = demoStock(skuIndex, locationIndex, location.type);
      if (!stock) return;
      em.create(StockLevel, {
        id: demoId('stock-level', `${sku.code}@${location.code}`),
        sku,
        location,
        ...stock,
        updatedAt: createdAt,
      });
      levels++;
    });
  });
  await em.flush();
  logger.info({ locations: locations.length, skus: skus.length, stockLevels: levels }, 'inventory demo data loaded');
}
