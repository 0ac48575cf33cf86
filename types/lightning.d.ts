// Types of the lightning/* base components and @salesforce/{user,client,community,site}.
import '@salesforce/lightning-types';
