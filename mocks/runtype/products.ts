import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const products = crudResource('products', 'Product', 'prod');

/** Products: plain CRUD, the account's own only. */
export const handlers = {
  listProducts: (context) => products.list(context),
  createProduct: (context) => products.create(context),
  getProduct: (context) => products.get(context),
  updateProduct: (context) => products.update(context),
  deleteProduct: (context) => products.remove(context),
} satisfies RuntypeHandlers<'listProducts' | 'createProduct' | 'getProduct' | 'updateProduct' | 'deleteProduct'>;
